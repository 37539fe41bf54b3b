import { type Component, createSignal, Show } from 'solid-js'
import type { CreatedDeviceLink } from '../../../shared/access'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { AddDevice } from './AddDevice'
import { accessMessages } from './access-messages'
import { createDeviceLink } from './api'
import { useAuth } from './auth'
import './access.css'

/**
 * Who is signed in on this browser, in their presence colour: their name opens
 * their menu (adding a device); and the way out.
 */
export const SignedInPerson: Component = () => {
  const { t } = useI18n()
  const own = useCatalogue(accessMessages)
  const auth = useAuth()
  const [busy, setBusy] = createSignal(false)
  const [failed, setFailed] = createSignal(false)
  const [open, setOpen] = createSignal(false)
  const [deviceLink, setDeviceLink] = createSignal<CreatedDeviceLink | null>(null)
  const [deviceFailed, setDeviceFailed] = createSignal(false)
  let toggle: HTMLButtonElement | undefined
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
  const addDevice = async () => {
    setDeviceFailed(false)
    try {
      setDeviceLink(await auth.guard(createDeviceLink()))
      setOpen(false)
    } catch {
      setDeviceFailed(true)
    }
  }
  const closeDevice = () => {
    setDeviceLink(null)
    toggle?.focus()
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
          <button
            type="button"
            class="btn person-menu-toggle"
            data-testid="person-menu"
            aria-expanded={open()}
            aria-controls="person-menu"
            aria-label={`${own().menu} · ${t().access.signedInAs(me().person.name)}`}
            ref={toggle}
            onClick={() => setOpen(!open())}
          >
            <span
              class="person-name"
              data-testid="signed-in-name"
              title={t().access.signedInAs(me().person.name)}
            >
              {me().person.name}
            </span>
          </button>
          <Show when={open()}>
            <div class="person-menu" id="person-menu">
              <button
                type="button"
                class="btn"
                data-testid="add-device"
                onClick={() => void addDevice()}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') {
                    setOpen(false)
                    toggle?.focus()
                  }
                }}
              >
                {own().addDevice}
              </button>
              <Show when={deviceFailed()}>
                <span class="field-error" role="alert">
                  {own().addDeviceFailed}
                </span>
              </Show>
            </div>
          </Show>
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
          <Show when={deviceLink()} keyed>
            {(link) => <AddDevice link={link} onClose={closeDevice} />}
          </Show>
        </div>
      )}
    </Show>
  )
}
