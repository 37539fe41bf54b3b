import { type Component, createResource, createSignal, For, Show } from 'solid-js'
import { canEdit, Role } from '../../../shared/access'
import type { Version } from '../../../shared/versions'
import { useI18n } from '../../lib/i18n'
import type { EditionSession } from '../../sync/edition-session'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { useMomentText } from '../../ui/moment'
import { useAuth } from '../access/auth'
import {
  fetchChanges,
  fetchVersionSnapshot,
  publishVersion,
  restoreVersion,
  saveVersion,
} from './api'
import { VersionChanges } from './VersionChanges'
import { VersionPreview } from './VersionPreview'
import { createVersionList, latestPublished } from './version-list'
import './versions.css'

/** Two states to compare: a version, and another version or (null) the live edition. */
interface Comparison {
  from: Version
  to: Version | null
}

/** Saves the edition's present state under a name (owners and editors). */
const SaveVersionForm: Component<{ editionId: string; onSaved: () => void }> = (props) => {
  const { t } = useI18n()
  const auth = useAuth()
  const text = () => t().versions
  const [name, setName] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const [failed, setFailed] = createSignal(false)
  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (!name().trim()) return
    setBusy(true)
    setFailed(false)
    try {
      await auth.guard(saveVersion(props.editionId, name().trim()))
      setName('')
      props.onSaved()
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="version-save" onSubmit={(event) => void save(event)}>
      <label class="form-field">
        <span class="field-label">{text().nameLabel}</span>
        <input
          type="text"
          maxLength={200}
          data-testid="version-name"
          placeholder={text().namePlaceholder}
          value={name()}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </label>
      <button
        type="submit"
        class="btn primary"
        data-testid="save-version"
        disabled={busy() || !name().trim()}
      >
        {busy() ? text().saving : text().save}
      </button>
      <Show when={failed()}>
        <span class="notice" role="alert">
          {text().saveFailed}
        </span>
      </Show>
    </form>
  )
}

/** One saved version: who saved it and when, whether it is published, and what can be done with it. */
const VersionItem: Component<{
  editionId: string
  /** The edition's time zone, whose clocks say when the version was saved. */
  timeZone: string
  version: Version
  others: Version[]
  published: boolean
  manage: boolean
  publish: boolean
  onCompare: (comparison: Comparison) => void
  onPreview: (version: Version) => void
  onChanged: () => void
}> = (props) => {
  const { t } = useI18n()
  const auth = useAuth()
  const text = () => t().versions
  const momentText = useMomentText()
  const [state, setState] = createSignal<string | null>(null)
  const act = async (action: Promise<void>, done: string | null, failed: string) => {
    setState(null)
    try {
      await auth.guard(action)
      setState(done)
      // A restore leaves the list as it was; a publication changes its badges.
      if (done === null) props.onChanged()
    } catch {
      setState(failed)
    }
  }
  return (
    <li class="panel version-item" data-testid="version" data-version-id={props.version.id}>
      <div class="version-head">
        <strong data-testid="version-title">{props.version.name}</strong>
        <Show when={props.version.publishedAt}>
          <span
            class="badge"
            classList={{ 'version-published': props.published }}
            data-testid="version-published"
            data-latest={props.published}
          >
            {props.published ? text().published : text().wasPublished}
          </span>
        </Show>
        <span class="muted">
          {text().savedBy(
            props.version.authorName,
            momentText(props.version.createdAt, props.timeZone),
          )}
        </span>
      </div>
      <div class="version-actions">
        <button
          type="button"
          class="btn"
          data-testid="compare-now"
          onClick={() => props.onCompare({ from: props.version, to: null })}
        >
          {text().compareNow}
        </button>
        <Show when={props.others.length > 0}>
          <label class="version-compare-with">
            <span>{text().compareWith}</span>
            <select
              data-testid="compare-with"
              onChange={(event) => {
                const to = props.others.find((other) => other.id === event.currentTarget.value)
                event.currentTarget.value = ''
                if (to) props.onCompare({ from: props.version, to })
              }}
            >
              <option value="">{text().pickVersion}</option>
              <For each={props.others}>
                {(other) => <option value={other.id}>{other.name}</option>}
              </For>
            </select>
          </label>
        </Show>
        <button
          type="button"
          class="btn"
          data-testid="preview-version"
          onClick={() => props.onPreview(props.version)}
        >
          {text().preview}
        </button>
        <Show when={props.manage}>
          <ConfirmAction
            label={text().restore}
            question={text().restoreQuestion(props.version.name)}
            confirm={text().restoreConfirm}
            cancel={text().cancel}
            testId="restore-version"
            onConfirm={() =>
              void act(
                restoreVersion(props.editionId, props.version.id),
                text().restored,
                text().restoreFailed,
              )
            }
          />
        </Show>
        <Show when={props.publish}>
          <ConfirmAction
            label={text().publish}
            question={text().publishQuestion(props.version.name)}
            confirm={text().publishConfirm}
            cancel={text().cancel}
            testId="publish-version"
            onConfirm={() =>
              void act(
                publishVersion(props.editionId, props.version.id),
                null,
                text().publishFailed,
              )
            }
          />
        </Show>
      </div>
      <Show when={state()}>
        {(message) => (
          <p class="muted" role="status" data-testid="version-state">
            {message()}
          </p>
        )}
      </Show>
    </li>
  )
}

/**
 * The named versions of an edition: owners and editors save, restore (and
 * owners publish); every member lists, compares and previews them.
 */
export const VersionsView: Component<{
  editionId: string
  session: EditionSession
  role: Role | null
  record: boolean
}> = (props) => {
  const { t } = useI18n()
  const auth = useAuth()
  const text = () => t().versions
  const manage = () => props.role !== null && canEdit(props.role) && !props.record
  const { versions, refetch } = createVersionList(() => props.editionId)
  const publishedId = () => latestPublished(versions() ?? [])?.id ?? null

  const [comparison, setComparison] = createSignal<Comparison | null>(null)
  const [changes] = createResource(comparison, (which) =>
    auth.guard(fetchChanges(props.editionId, which.from.id, which.to?.id)),
  )
  const [previewed, setPreviewed] = createSignal<Version | null>(null)
  const [snapshot] = createResource(previewed, (version) =>
    auth.guard(fetchVersionSnapshot(props.editionId, version.id)),
  )

  return (
    <section class="versions-view" data-testid="versions-view">
      <h2>{text().title}</h2>
      <p class="muted">{manage() ? text().intro : text().viewerIntro}</p>
      <Show when={manage()}>
        <SaveVersionForm editionId={props.editionId} onSaved={() => void refetch()} />
      </Show>
      <Show when={versions.error}>
        <p class="notice">{text().loadFailed}</p>
      </Show>
      <Show when={versions()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="muted">{text().none}</p>}>
            <ul class="version-list" data-testid="versions">
              <For each={list()}>
                {(version) => (
                  <VersionItem
                    editionId={props.editionId}
                    timeZone={props.session.edition.meta.timeZone}
                    version={version}
                    others={list().filter((other) => other.id !== version.id)}
                    published={publishedId() === version.id}
                    manage={manage()}
                    publish={props.role === Role.Owner && !props.record}
                    onCompare={(which) => {
                      setPreviewed(null)
                      setComparison({ ...which })
                    }}
                    onPreview={(which) => {
                      setComparison(null)
                      setPreviewed(which)
                    }}
                    onChanged={() => void refetch()}
                  />
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <Show when={comparison()}>
        {(which) => (
          <section class="panel version-comparison" data-testid="comparison">
            <div class="version-head">
              <h3>{text().comparison(which().from.name, which().to?.name ?? null)}</h3>
              <button type="button" class="btn" onClick={() => setComparison(null)}>
                {text().close}
              </button>
            </div>
            <Show when={changes.error}>
              <p class="notice">{text().loadFailed}</p>
            </Show>
            <Show
              when={!changes.loading && changes()}
              fallback={<p class="muted">{text().loading}</p>}
            >
              {(list) => <VersionChanges changes={list()} rooms={props.session.edition.rooms} />}
            </Show>
          </section>
        )}
      </Show>
      <Show when={previewed()}>
        {(version) => (
          <section class="panel version-comparison" data-testid="preview">
            <div class="version-head">
              <h3>{text().previewTitle(version().name)}</h3>
              <button type="button" class="btn" onClick={() => setPreviewed(null)}>
                {text().closePreview}
              </button>
            </div>
            <Show when={snapshot.error}>
              <p class="notice">{text().loadFailed}</p>
            </Show>
            <Show
              when={!snapshot.loading && snapshot()}
              fallback={<p class="muted">{text().loading}</p>}
            >
              {(value) => <VersionPreview snapshot={value()} />}
            </Show>
          </section>
        )}
      </Show>
    </section>
  )
}
