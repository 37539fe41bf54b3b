import {
  diffText,
  rebaseSplice,
  shiftIndex,
  type TextDelta,
  type TextSplice,
} from '../../shared/doc/text-change'
import type { SharedText } from './session'

const shiftThrough = (index: number, deltas: readonly TextDelta[], bias: 'before' | 'after') =>
  deltas.reduce((at, delta) => shiftIndex(at, delta, bias), index)

/**
 * Where `index` of the field's text lands in the shared text, after the
 * field's `local` splice (made on a text that `remote` deltas have since
 * changed) was rebased to `rebased` and applied.
 */
export function mapLocalIndex(
  index: number,
  local: TextSplice | null,
  rebased: TextSplice | null,
  remote: readonly TextDelta[],
): number {
  if (!local || !rebased || index <= local.index) return shiftThrough(index, remote, 'after')
  const localEnd = local.index + local.insert.length
  if (index < localEnd) return rebased.index + (index - local.index)
  const before = index - local.insert.length + local.remove
  return shiftThrough(before, remote, 'before') - rebased.remove + rebased.insert.length
}

/**
 * Keeps `textarea` and `shared` equal: each input becomes the smallest splice,
 * and each remote change is shown with the caret and scroll kept in place.
 * While an input method composes (Japanese kana to kanji, say), remote changes
 * wait: rewriting the field would cancel the composition. Returns the unbind.
 */
export function bindTextarea(textarea: HTMLTextAreaElement, shared: SharedText): () => void {
  // The text the field showed when it last matched the shared text.
  let shown = shared.read()
  let composing = false
  let pending: TextDelta[] = []
  textarea.value = shown

  const show = (text: string, mapIndex: (index: number) => number) => {
    const focused = document.activeElement === textarea
    const { selectionStart, selectionEnd, selectionDirection, scrollTop } = textarea
    textarea.value = text
    shown = text
    if (focused) {
      textarea.setSelectionRange(
        mapIndex(selectionStart),
        mapIndex(selectionEnd),
        selectionDirection ?? 'none',
      )
    }
    textarea.scrollTop = scrollTop
  }

  const pushLocal = () => {
    const local = diffText(shown, textarea.value)
    if (pending.length === 0) {
      if (local) shared.splice(local)
      shown = textarea.value
      return
    }
    const remote = pending
    pending = []
    const rebased = local ? rebaseSplice(local, remote) : null
    if (rebased) shared.splice(rebased)
    show(shared.read(), (index) => mapLocalIndex(index, local, rebased, remote))
  }

  const onInput = (event: Event) => {
    if (composing || (event as InputEvent).isComposing) return
    pushLocal()
  }
  const onCompositionStart = () => {
    composing = true
  }
  const onCompositionEnd = () => {
    composing = false
    pushLocal()
  }
  const stopRemote = shared.onRemoteChange((change) => {
    if (composing) pending.push(change.delta)
    else show(change.text, (index) => shiftIndex(index, change.delta))
  })

  textarea.addEventListener('input', onInput)
  textarea.addEventListener('compositionstart', onCompositionStart)
  textarea.addEventListener('compositionend', onCompositionEnd)
  return () => {
    stopRemote()
    textarea.removeEventListener('input', onInput)
    textarea.removeEventListener('compositionstart', onCompositionStart)
    textarea.removeEventListener('compositionend', onCompositionEnd)
  }
}
