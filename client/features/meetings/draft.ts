import { type Accessor, createSignal, type Setter } from 'solid-js'
import type { SuggestionTarget } from '../../../shared/doc/edition'
import type { PublicSuggestion } from '../../../shared/meetings'

/**
 * What a participant is typing: kept while the form comes and goes (a
 * refusal, a thank-you), so that only the text is cleared for the next one.
 */
export interface SuggestionDraft {
  text: Accessor<string>
  setText: Setter<string>
  authorName: Accessor<string>
  setAuthorName: Setter<string>
  collectivite: Accessor<string>
  setCollectivite: Setter<string>
  target: Accessor<SuggestionTarget | null>
  setTarget: Setter<SuggestionTarget | null>
  themeId: Accessor<string | null>
  setThemeId: Setter<string | null>
  /**
   * The request's body, as typed: the server checks it and names what is
   * wrong (an empty text, no target), so nothing is refused here first.
   */
  body(): Partial<PublicSuggestion>
}

export function createSuggestionDraft(): SuggestionDraft {
  const [text, setText] = createSignal('')
  const [authorName, setAuthorName] = createSignal('')
  const [collectivite, setCollectivite] = createSignal('')
  const [target, setTarget] = createSignal<SuggestionTarget | null>(null)
  const [themeId, setThemeId] = createSignal<string | null>(null)
  return {
    text,
    setText,
    authorName,
    setAuthorName,
    collectivite,
    setCollectivite,
    target,
    setTarget,
    themeId,
    setThemeId,
    body() {
      const chosen = target()
      return {
        text: text(),
        ...(authorName().trim() ? { authorName: authorName() } : {}),
        ...(collectivite().trim() ? { collectivite: collectivite() } : {}),
        ...(chosen ? { target: chosen } : {}),
        ...(chosen === 'workshop' ? { themeId: themeId() } : {}),
      }
    },
  }
}
