import { type Component, For, Match, Show, Switch } from 'solid-js'
import type { ContactLanguage } from '../../../shared/directory'
import type { LetterField } from '../../../shared/letters/letter-fields'
import { editionPath } from '../../app/router'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { FieldLink } from './FieldLink'
import { FIELD_PLACES, letterSettingId, PLACE_VIEWS } from './field-places'
import type { LetterPreview as Preview, PreviewSegment } from './letter-preview'
import { lettersMessages } from './letters-messages'

/** The field of another tab where `field` is set, where it has one the link can focus. */
function otherTabField(field: LetterField, lang: ContactLanguage): string | null {
  if (field === 'host_city') return `field-details-hostCity-${lang}`
  return null
}

/**
 * The filled letter as paper, in `lang`: its paragraphs, each filled field
 * subtly marked, each field without a value a warning in place and in the
 * list above (with a link to where it is set), unknown codes flagged, and
 * the recipient's fields as placeholders until one is chosen.
 */
export const LetterPaper: Component<{
  editionId: string
  preview: Preview
  lang: ContactLanguage
  dated: boolean
  empty: boolean
}> = (props) => {
  const m = useCatalogue(lettersMessages)
  const where = (field: LetterField) => {
    const place = FIELD_PLACES[field]
    if (place === null) return null
    const view = PLACE_VIEWS[place]
    return {
      place,
      href: view === null ? '/' : editionPath(props.editionId, view),
      fieldId:
        place === 'letter'
          ? letterSettingId(field, props.lang, props.dated)
          : otherTabField(field, props.lang),
    }
  }
  const Segment: Component<{ segment: PreviewSegment }> = (each) => (
    <Switch>
      <Match when={each.segment.kind === 'text' && each.segment}>{(text) => text().text}</Match>
      <Match when={each.segment.kind === 'field' && each.segment}>
        {(filled) => (
          <span class="letter-fact" title={m().field[filled().field]} data-field={filled().field}>
            {filled().value}
          </span>
        )}
      </Match>
      <Match when={each.segment.kind === 'missing' && each.segment}>
        {(missing) => (
          <mark
            class="letter-missing"
            data-testid="letter-missing-in-place"
            data-field={missing().field}
          >
            ⚠ {m().field[missing().field]}
          </mark>
        )}
      </Match>
      <Match when={each.segment.kind === 'placeholder' && each.segment}>
        {(placeholder) => (
          <span class="letter-placeholder" data-field={placeholder().field}>
            [{m().field[placeholder().field]}]
          </span>
        )}
      </Match>
      <Match when={each.segment.kind === 'unknown' && each.segment}>
        {(unknown) => (
          <mark class="letter-unknown" data-testid="letter-unknown-in-place">
            {`{${unknown().code}}`}
          </mark>
        )}
      </Match>
    </Switch>
  )
  return (
    <div class="letter-preview-body">
      <Show when={props.preview.missing.length > 0}>
        <div class="letter-warnings" role="status" data-testid="letter-missing">
          <p class="field-label">{m().missingTitle}</p>
          <ul>
            <For each={props.preview.missing}>
              {(field) => (
                <li data-testid="letter-missing-field" data-field={field}>
                  {m().missingEntry(m().field[field])}
                  <Show when={props.preview.lacking[field]}>
                    {(parts) => (
                      <>
                        {' '}
                        {m().lacking(
                          parts()
                            .map((part) => m().field[part])
                            .join(', '),
                        )}
                      </>
                    )}
                  </Show>
                  <Show when={where(field)}>
                    {(place) => (
                      <>
                        {' — '}
                        <FieldLink
                          href={place().href}
                          fieldId={place().fieldId}
                          testId="letter-missing-link"
                        >
                          {m().setIn[place().place]}
                        </FieldLink>
                      </>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={props.preview.unknown.length > 0}>
        <div class="letter-warnings unknown" data-testid="letter-unknown">
          <p class="field-label">{m().unknownTitle}</p>
          <p>
            <For each={props.preview.unknown}>
              {(code, index) => (
                <>
                  <Show when={index() > 0}>, </Show>
                  <code>{`{${code}}`}</code>
                </>
              )}
            </For>
          </p>
          <p class="muted hint">{m().unknownHint}</p>
        </div>
      </Show>
      <Show
        when={!props.empty}
        fallback={<p class="muted">{m().emptyTemplate(m().template[props.lang])}</p>}
      >
        <Show when={props.preview.missing.length === 0 && props.preview.unknown.length === 0}>
          <p class="letter-complete" data-testid="letter-complete">
            ✓ {m().complete}
          </p>
        </Show>
        <article class="letter-paper" lang={props.lang} data-testid="letter-paper">
          <For each={props.preview.paragraphs}>
            {(paragraph) => (
              <p>
                <For each={paragraph}>{(segment) => <Segment segment={segment} />}</For>
              </p>
            )}
          </For>
        </article>
      </Show>
    </div>
  )
}
