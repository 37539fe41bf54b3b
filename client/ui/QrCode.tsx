import { type Component, createMemo } from 'solid-js'
import { qrDataUrl } from './qr'

/** `text` as a QR code, to scan from a phone: an image, which the page's policy allows as `data:`. */
export const QrCode: Component<{ text: string; label: string; testId?: string }> = (props) => {
  const source = createMemo(() => qrDataUrl(props.text))
  return (
    <img
      class="qr-code"
      src={source()}
      alt={props.label}
      width="200"
      height="200"
      data-testid={props.testId}
    />
  )
}
