import { type Component, createSignal, Show } from 'solid-js'
import { useI18n } from '../i18n'
import { useAuth } from '../stores/auth'

/** Who is signed in on this browser, in their presence colour, and the way out. */
export const SignedInPerson: Component = () => {
  const { t } = useI18n()
  const auth = useAuth()
  const [busy, setBusy] = createSignal(false)
  const [failed, setFailed] = createSignal(false)
  const signOut = async () => {
    setBusy(true)
    setFailed(false)
    try {
      await auth.signOut()
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Show when={auth.me()}>
      {(me) => (
        <div class="signed-in" data-testid="signed-in">
          <span
            class="swatch"
            style={{ background: me().person.color }}
            aria-hidden="true"
            data-testid="signed-in-color"
          />
          <span
            class="person-name"
            data-testid="signed-in-name"
            title={t().access.signedInAs(me().person.name)}
          >
            {me().person.name}
          </span>
          <button
            type="button"
            class="btn sign-out"
            data-testid="sign-out"
            disabled={busy()}
            onClick={signOut}
          >
            {t().access.signOut}
          </button>
          <Show when={failed()}>
            <span class="field-error" role="alert">
              {t().access.signOutFailed}
            </span>
          </Show>
        </div>
      )}
    </Show>
  )
}
