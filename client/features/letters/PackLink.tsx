import { type Component, createSignal, type JSX, Show } from 'solid-js'
import type { ErrorBody, FieldIssue } from '../../../shared/errors'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { lettersMessages } from './letters-messages'

/**
 * The file name a response gives in its Content-Disposition: its UTF-8 one
 * (« Ville de Tours - letter.pdf », 「静岡市 - letter.pdf」) where given, else
 * its plain one, else `fallback`.
 */
function fileName(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // A malformed name: the plain one below.
    }
  }
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback
}

/**
 * A link to one of the pack's files that fetches it before saving it: a
 * file the server refuses (409, a fact it would print blank, in a letter of
 * any collectivité of the pack) is not saved as an error page but said
 * under the link, in the reader's language, by `describe`.
 */
export const PackLink: Component<{
  href: string
  file: string
  testId: string
  class: string
  /** The refusal's issues in words. */
  describe: (issues: FieldIssue[]) => string
  children: JSX.Element
}> = (props) => {
  const m = useCatalogue(lettersMessages)
  const [busy, setBusy] = createSignal(false)
  const [refusal, setRefusal] = createSignal<string | null>(null)
  const fetchFile = async () => {
    setBusy(true)
    setRefusal(null)
    try {
      const response = await fetch(props.href, { credentials: 'same-origin' })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null
        const issues = body?.error?.issues ?? []
        setRefusal(issues.length > 0 ? props.describe(issues) : m().downloadFailed)
        return
      }
      const url = URL.createObjectURL(await response.blob())
      const save = document.createElement('a')
      save.href = url
      save.download = fileName(response, props.file)
      document.body.append(save)
      save.click()
      save.remove()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    } catch {
      setRefusal(m().downloadFailed)
    } finally {
      setBusy(false)
    }
  }
  const follow = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    if (!busy()) void fetchFile()
  }
  return (
    <>
      <a
        class={props.class}
        href={props.href}
        download=""
        aria-busy={busy()}
        data-testid={props.testId}
        data-file={props.file}
        onClick={follow}
      >
        {props.children}
      </a>
      <Show when={refusal()}>
        {(reason) => (
          <span class="field-error pack-refusal" role="alert" data-testid="pack-refusal">
            {reason()}
          </span>
        )}
      </Show>
    </>
  )
}
