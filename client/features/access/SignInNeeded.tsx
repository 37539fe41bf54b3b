import { type Component, createEffect } from 'solid-js'
import { Header } from '../../app/Header'
import { useI18n } from '../../lib/i18n'
import './sign-in.css'

/** What a browser that is not signed in sees, whatever page it asked for. */
export const SignInNeeded: Component = () => {
  const { t } = useI18n()
  createEffect(() => {
    document.title = `Kaigi · ${t().access.signedOut.title}`
  })
  return (
    <>
      <Header status={null} />
      <main class="page narrow" data-testid="signed-out">
        <section class="panel sign-in-needed">
          <h2 class="page-title">{t().access.signedOut.title}</h2>
          <p>{t().access.signedOut.body}</p>
          <p class="muted">{t().access.signedOut.hint}</p>
        </section>
      </main>
    </>
  )
}
