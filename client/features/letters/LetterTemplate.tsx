import { type Component, createSignal, For, onCleanup, onMount, Show } from 'solid-js'
import type { ContactLanguage } from '../../../shared/directory'
import { LETTER_FIELDS, type LetterField } from '../../../shared/letters/letter-fields'
import { MODEL_LETTERS } from '../../../shared/letters/model-letters'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { bindTextarea } from '../../sync/text-binding'
import { UNDO_SCOPE_EDITION } from '../../sync/undo'
import { lettersMessages } from './letters-messages'

/**
 * One language's template, bound letter by letter to the document as every
 * text of the edition is, so that members typing at once merge. Its fields
 * are inserted at the caret from a list named in the reader's language;
 * while empty, it can start from the model letter.
 */
export const LetterTemplate: Component<{
  session: EditionSession
  lang: ContactLanguage
  value: string
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const m = useCatalogue(lettersMessages)
  const [chosen, setChosen] = createSignal<LetterField | ''>('')
  let textarea: HTMLTextAreaElement | undefined
  const id = `field-letters-letter-${props.lang}`
  const label = () => m().template[props.lang]
  onMount(() => {
    if (textarea) onCleanup(bindTextarea(textarea, props.session.text(meta, props.lang)))
  })
  const sorted = () => [...LETTER_FIELDS].sort((a, b) => m().field[a].localeCompare(m().field[b]))

  /**
   * Writes `text` over the field's selection as typing would: the binding
   * turns the input into the smallest splice, undone with the rest.
   */
  const type = (text: string, start: number, end: number) => {
    if (!textarea) return
    textarea.focus()
    textarea.setRangeText(text, start, end, 'end')
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
  }
  const insert = () => {
    const field = chosen()
    if (!field || !textarea) return
    // The caret stays where it was when the list took the focus.
    type(`{${field}}`, textarea.selectionStart, textarea.selectionEnd)
    setChosen('')
  }
  const startFromModel = () => {
    const field = textarea
    if (field?.value !== '') return
    type(MODEL_LETTERS[props.lang], 0, 0)
    field.setSelectionRange(0, 0)
    field.scrollTop = 0
  }

  return (
    <div
      class="letter-template"
      data-lang={props.lang}
      data-testid={`letter-template-${props.lang}`}
    >
      <label class="field-label" for={id}>
        {label()}
      </label>
      <Show when={!props.readOnly}>
        <div class="letter-tools">
          <label class="letter-insert">
            <span class="visually-hidden">{m().insertLabel}</span>
            <select
              data-testid={`letter-insert-field-${props.lang}`}
              value={chosen()}
              aria-label={`${m().insertLabel} (${label()})`}
              onChange={(event) => setChosen(event.currentTarget.value as LetterField | '')}
            >
              <option value="">{m().insertChoose}</option>
              <For each={sorted()}>
                {(field) => (
                  <option value={field}>
                    {m().field[field]} — {`{${field}}`}
                  </option>
                )}
              </For>
            </select>
          </label>
          <button
            type="button"
            class="btn"
            data-testid={`letter-insert-${props.lang}`}
            aria-label={m().insertInto(label())}
            disabled={chosen() === ''}
            onClick={insert}
          >
            {m().insert}
          </button>
          <Show when={props.value === ''}>
            <button
              type="button"
              class="btn primary"
              data-testid={`letter-model-${props.lang}`}
              aria-describedby={`${id}-model-hint`}
              onClick={startFromModel}
            >
              {m().startFromModel}
            </button>
            <span class="muted hint" id={`${id}-model-hint`}>
              {m().modelHint}
            </span>
          </Show>
        </div>
      </Show>
      <textarea
        id={id}
        ref={textarea}
        lang={props.lang}
        class="letter-text"
        rows={12}
        style={{ '--rows': 12 }}
        readOnly={props.readOnly}
        data-testid={`letter-text-${props.lang}`}
        data-undo-scope={UNDO_SCOPE_EDITION}
        spellcheck={false}
        onFocus={() => props.onEditingChange(true)}
        onBlur={() => props.onEditingChange(false)}
      />
    </div>
  )
}

const meta = { collection: 'meta', field: 'letter' } as const
