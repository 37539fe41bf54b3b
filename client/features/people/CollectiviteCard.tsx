import { type Component, createMemo, createSignal, Show } from 'solid-js'
import { type Collectivite, deleteCollectivite } from '../../../shared/doc/edition'
import { useRouter } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { DirectoryLink } from '../directory/DirectoryLink'
import { CollectiviteEditor } from './CollectiviteEditor'
import { collectiviteName, collectiviteUseCounts } from './collectivite-list'
import { collectivitesMessages } from './collectivites-messages'
import { addressNamesField } from './field-address'
import { MergeCollectivite } from './MergeCollectivite'

/** One collectivité: its names, country and kind, what names it; edit, merge, delete. */
export const CollectiviteCard: Component<{
  session: EditionSession
  collectivite: Collectivite
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const routerHash = useRouter().hash
  const { locale } = useI18n()
  const t = useCatalogue(collectivitesMessages)
  const id = props.collectivite.id
  // Open at once when the address names one of its fields (a conflict's link).
  const [open, setOpen] = createSignal(addressNamesField(routerHash(), `collectivite-${id}-`))
  const uses = createMemo(() => collectiviteUseCounts(props.session.edition, id))
  const used = () => uses().persons > 0 || uses().registrations > 0
  const name = () => collectiviteName(props.collectivite, locale(), t().unnamed)
  const remove = () =>
    props.onError(props.session.edit((doc, origin) => deleteCollectivite(doc, id, origin)))

  return (
    <li
      class="panel collectivite-card"
      data-testid="collectivite-card"
      data-collectivite-id={id}
      data-country={props.collectivite.country}
      aria-labelledby={`collectivite-${id}-name`}
    >
      <div class="collectivite-head">
        <div class="collectivite-identity">
          <h3 class="collectivite-name" id={`collectivite-${id}-name`} tabIndex={-1}>
            <Bilingual text={props.collectivite.name} />
          </h3>
          <p class="collectivite-facts">
            <span class="tag" data-testid="collectivite-country-shown">
              {t().countries[props.collectivite.country]}
            </span>
            <span class="tag" data-testid="collectivite-kind-shown">
              {t().kinds[props.collectivite.kind]}
            </span>
            <span class="muted" data-testid="collectivite-uses">
              {t().uses(uses().persons, uses().registrations)}
            </span>
          </p>
        </div>
        <Show when={!props.readOnly}>
          <button
            type="button"
            class="btn"
            data-testid="edit-collectivite"
            aria-expanded={open()}
            aria-controls={`collectivite-${id}-editor`}
            aria-label={open() ? undefined : t().edit(name())}
            onClick={() => setOpen(!open())}
          >
            {open() ? t().close : t().editButton}
          </button>
        </Show>
      </div>
      <DirectoryLink
        session={props.session}
        collectivite={props.collectivite}
        editable={open() && !props.readOnly}
        onError={props.onError}
      />
      <Show when={open() && !props.readOnly}>
        <div class="collectivite-panel" id={`collectivite-${id}-editor`}>
          <CollectiviteEditor
            session={props.session}
            collectivite={props.collectivite}
            id={`collectivite-${id}-fields`}
            onEditingChange={props.onEditingChange}
            onError={props.onError}
          />
          <MergeCollectivite
            session={props.session}
            collectivite={props.collectivite}
            onError={props.onError}
          />
          <div class="collectivite-delete">
            <ConfirmAction
              label={t().delete}
              question={t().confirmDelete(name())}
              confirm={t().confirm}
              cancel={t().cancel}
              testId="delete-collectivite"
              disabled={used()}
              onConfirm={remove}
            />
            <Show when={used()}>
              <p class="muted collectivite-in-use" data-testid="collectivite-in-use">
                {t().inUse}
              </p>
            </Show>
          </div>
        </div>
      </Show>
    </li>
  )
}
