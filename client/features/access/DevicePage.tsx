import { type Component, createEffect, createResource, createSignal, Match, Switch } from 'solid-js'
import { Header } from '../../app/Header'
import { ApiError } from '../../lib/api'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { accessMessages } from './access-messages'
import { acceptDeviceLink, previewDeviceLink } from './api'
import './sign-in.css'

/**
 * `/device/<token>`: whom the link signs in, and a button that does it. The
 * device gets its own session for the same person (no name to type, no new
 * member), then opens the list of editions afresh. A used or expired link
 * says so (410).
 */
export const DevicePage: Component<{ token: string }> = (props) => {
  const own = useCatalogue(accessMessages)
  const [preview] = createResource(() => props.token, previewDeviceLink)
  const [busy, setBusy] = createSignal(false)
  const [failed, setFailed] = createSignal(false)
  const [gone, setGone] = createSignal(false)
  const used = () => gone() || (preview.error instanceof ApiError && preview.error.status === 410)

  createEffect(() => {
    document.title = `Kaigi · ${own().deviceTitle}`
  })

  const accept = async () => {
    setBusy(true)
    setFailed(false)
    try {
      await acceptDeviceLink(props.token)
      // A new page, so that everything starts from this device's new sign-in.
      window.location.replace('/')
    } catch (error) {
      if (error instanceof ApiError && error.status === 410) setGone(true)
      else setFailed(true)
      setBusy(false)
    }
  }

  return (
    <>
      <Header status={null} />
      <main class="page narrow" data-testid="device-page">
        <section class="panel invite" aria-labelledby="device-title">
          <h2 id="device-title" class="page-title">
            {own().deviceTitle}
          </h2>
          <Switch>
            <Match when={used()}>
              <p class="notice" role="alert" data-testid="device-link-problem">
                {own().deviceProblem}
              </p>
            </Match>
            <Match when={preview.error}>
              <p class="notice" role="alert">
                {own().deviceFailed}
              </p>
            </Match>
            <Match when={preview.loading}>
              <p class="muted">{own().deviceLoading}</p>
            </Match>
            <Match when={preview()}>
              {(offer) => (
                <>
                  <p data-testid="device-offer">{own().deviceOffer(offer().name)}</p>
                  <Switch>
                    <Match when={failed()}>
                      <p class="notice" role="alert">
                        {own().deviceFailed}
                      </p>
                    </Match>
                  </Switch>
                  <button
                    type="button"
                    class="btn primary form-submit"
                    data-testid="device-sign-in"
                    disabled={busy()}
                    onClick={() => void accept()}
                  >
                    {busy() ? own().deviceSubmitting : own().deviceSubmit}
                  </button>
                </>
              )}
            </Match>
          </Switch>
        </section>
      </main>
    </>
  )
}
