import { type Component, For, Match, Show, Switch } from 'solid-js'
import type {
  Room,
  SessionChange,
  SessionPlace,
  SessionTextChange,
} from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { pickText } from '../../lib/localized-text'
import { placeText } from './place'
import './versions.css'

/** A changed text, its removed words struck through and its added words highlighted. */
const TextChange: Component<{ change: SessionTextChange }> = (props) => {
  const { t } = useI18n()
  const text = () => t().versions
  return (
    <div class="version-text-change" data-testid="text-change" data-field={props.change.field}>
      <span class="version-text-label">
        {text().field[props.change.field]} ({text().lang[props.change.lang]})
      </span>{' '}
      <span lang={props.change.lang}>
        <For each={props.change.words}>
          {(run) => (
            <Switch fallback={<span>{run.text}</span>}>
              <Match when={run.kind === 'removed'}>
                <del title={text().removedWords} data-testid="removed-words">
                  {run.text}
                </del>
              </Match>
              <Match when={run.kind === 'added'}>
                <ins title={text().addedWords} data-testid="added-words">
                  {run.text}
                </ins>
              </Match>
            </Switch>
          )}
        </For>
      </span>
    </div>
  )
}

const FIELDS = ['title', 'description'] as const

/** Each text's changes in the reader's language first, titles before descriptions. */
function readerOrder(texts: SessionTextChange[], lang: string): SessionTextChange[] {
  const rank = (change: SessionTextChange) =>
    FIELDS.indexOf(change.field) * 2 + (change.lang === lang ? 0 : 1)
  return [...texts].sort((a, b) => rank(a) - rank(b))
}

/** The differences between two states of the programme, session by session, in the reader's language. */
export const VersionChanges: Component<{ changes: SessionChange[]; rooms: readonly Room[] }> = (
  props,
) => {
  const { t, locale } = useI18n()
  const text = () => t().versions
  const names = () => ({
    ...text(),
    unplaced: t().edition.unplaced,
    allRooms: t().edition.allRooms,
  })
  const place = (where: SessionPlace) => placeText(where, props.rooms, locale(), names())
  const label = (change: SessionChange) =>
    change.kind === 'added'
      ? text().added
      : change.kind === 'removed'
        ? text().removed
        : text().changed
  return (
    <Show
      when={props.changes.length > 0}
      fallback={
        <p class="muted" data-testid="no-changes">
          {text().noChanges}
        </p>
      }
    >
      <ul class="version-changes" data-testid="changes">
        <For each={props.changes}>
          {(change) => (
            <li
              class="version-change"
              data-testid="change"
              data-kind={change.kind}
              data-session-id={change.session.id}
            >
              <div class="version-change-head">
                <span class={`badge version-kind-${change.kind}`}>{label(change)}</span>{' '}
                <strong>{pickText(change.session.title, locale()).main}</strong>
              </div>
              <Switch>
                <Match when={change.kind !== 'changed' && change}>
                  {(entry) => <div class="muted">{place(entry().session)}</div>}
                </Match>
                <Match when={change.kind === 'changed' && change}>
                  {(entry) => (
                    <>
                      <Show when={entry().moved}>
                        {(moved) => (
                          <div data-testid="moved">
                            {text().moved(place(moved().from), place(moved().to))}
                          </div>
                        )}
                      </Show>
                      <For each={readerOrder(entry().texts, locale())}>
                        {(each) => <TextChange change={each} />}
                      </For>
                      <Show when={entry().fields.length > 0}>
                        <div class="muted">
                          {text().otherFields(
                            entry().fields.map((field) => text().fieldName[field]),
                          )}
                        </div>
                      </Show>
                    </>
                  )}
                </Match>
              </Switch>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
