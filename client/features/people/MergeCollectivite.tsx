import { type Component, createSignal, For } from 'solid-js'
import { type Collectivite, mergeCollectivites } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { collectiviteName, sortCollectivites } from './collectivite-list'
import { collectivitesMessages } from './collectivites-messages'

/**
 * "Merge with…": the same authority entered twice becomes one. This one goes;
 * its persons and registrations move to the one chosen, which stays.
 */
export const MergeCollectivite: Component<{
  session: EditionSession
  collectivite: Collectivite
  onError: (reason: string | null) => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(collectivitesMessages)
  const fromId = props.collectivite.id
  const [intoId, setIntoId] = createSignal('')
  const others = () =>
    sortCollectivites(props.session.edition.collectivites, locale()).filter(
      (each) => each.id !== fromId,
    )
  const name = (collectivite: Collectivite) => collectiviteName(collectivite, locale(), t().unnamed)
  const into = () => others().find((each) => each.id === intoId()) ?? null
  const merge = () => {
    const target = intoId()
    if (!target) return
    const reason = props.session.edit((doc, origin) =>
      mergeCollectivites(doc, fromId, target, origin),
    )
    props.onError(reason)
    // This card is gone: the focus goes to the one that stays.
    if (reason === null) {
      requestAnimationFrame(() => document.getElementById(`collectivite-${target}-name`)?.focus())
    }
  }
  return (
    <div class="collectivite-merge">
      <label class="field-label" for={`collectivite-${fromId}-merge`}>
        {t().mergeInto}
      </label>
      <select
        id={`collectivite-${fromId}-merge`}
        data-testid="merge-into"
        value={intoId()}
        onChange={(event) => setIntoId(event.currentTarget.value)}
      >
        <option value="">{t().mergeChoose}</option>
        <For each={others()}>
          {(other) => (
            <option value={other.id}>
              {t().mergeOption(name(other), t().countries[other.country], t().kinds[other.kind])}
            </option>
          )}
        </For>
      </select>
      <ConfirmAction
        label={t().merge}
        question={t().confirmMerge(
          name(props.collectivite),
          into() ? name(into() as Collectivite) : '',
        )}
        confirm={t().confirmMergeButton}
        cancel={t().cancel}
        testId="merge-collectivite"
        disabled={into() === null}
        onConfirm={merge}
      />
    </div>
  )
}
