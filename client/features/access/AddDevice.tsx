import { type Component, createSignal, onMount } from 'solid-js'
import { type CreatedDeviceLink, DEVICE_LINK_MINUTES } from '../../../shared/access'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { QrCode } from '../../ui/QrCode'
import { accessMessages } from './access-messages'
import { invitationUrl } from './invitations'

/**
 * A one-time sign-in link for another device of the signed-in person, just
 * made: its address and its QR code, how long it lasts, and a way to close.
 * It takes the focus as it opens, and gives it back on Escape or Close.
 */
export const AddDevice: Component<{ link: CreatedDeviceLink; onClose: () => void }> = (props) => {
  const { t } = useI18n()
  const own = useCatalogue(accessMessages)
  const url = () => invitationUrl(props.link.path)
  const [copied, setCopied] = createSignal(false)
  let panel: HTMLElement | undefined
  onMount(() => panel?.focus())
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url())
      setCopied(true)
    } catch {
      // No clipboard: the address stays shown, to select by hand.
    }
  }
  return (
    <section
      class="add-device panel"
      role="dialog"
      aria-labelledby="add-device-title"
      aria-describedby="add-device-hint"
      data-testid="add-device-panel"
      tabindex="-1"
      ref={panel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose()
      }}
    >
      <h2 class="panel-title" id="add-device-title">
        {own().addDeviceTitle}
      </h2>
      <p class="muted hint" id="add-device-hint">
        {own().addDeviceHint(DEVICE_LINK_MINUTES)}
      </p>
      <div class="link-row">
        <code class="invitation-url" data-testid="device-link">
          {url()}
        </code>
        <button type="button" class="btn" onClick={copy}>
          {copied() ? t().access.invitations.copied : t().access.invitations.copy}
        </button>
      </div>
      <QrCode text={url()} label={own().addDeviceQr} testId="device-qr" />
      <button type="button" class="btn" data-testid="close-add-device" onClick={props.onClose}>
        {own().close}
      </button>
    </section>
  )
}
