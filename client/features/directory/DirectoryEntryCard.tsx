import { type Component, createSignal, For, Show } from 'solid-js'
import type { DirectoryCollectivite, DirectoryCollectiviteFields } from '../../../shared/directory'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { ConfirmAction } from '../../ui/ConfirmAction'
import { collectivitesMessages } from '../people/collectivites-messages'
import { DirectoryEntryForm } from './DirectoryEntryForm'
import { directoryMessages } from './directory-messages'
import { editionNumbersOf, entryName } from './directory-search'

/** One entry of the directory: what it says, its contacts and editions; edit, delete. */
export const DirectoryEntryCard: Component<{
  entry: DirectoryCollectivite
  onSave: (fields: DirectoryCollectiviteFields) => Promise<void>
  onDelete: () => void
}> = (props) => {
  const { locale } = useI18n()
  const t = useCatalogue(directoryMessages)
  const places = useCatalogue(collectivitesMessages)
  const [editing, setEditing] = createSignal(false)
  const id = () => `directory-${props.entry.id}`
  const name = () => entryName(props.entry, locale(), t().unnamed)
  const other = () => (locale() === 'ja' ? props.entry.nameFr : props.entry.nameJa)
  let editButton: HTMLButtonElement | undefined
  const close = () => {
    setEditing(false)
    queueMicrotask(() => editButton?.focus())
  }
  const numbers = () => editionNumbersOf(props.entry)

  return (
    <li
      class="panel directory-card"
      data-testid="directory-entry"
      data-entry-id={props.entry.id}
      aria-labelledby={`${id()}-name`}
    >
      <Show
        when={!editing()}
        fallback={
          <DirectoryEntryForm
            idPrefix={`${id()}-form`}
            title={t().editTitle(name())}
            initial={props.entry}
            submitLabel={t().save}
            onSave={async (fields) => {
              await props.onSave(fields)
              close()
            }}
            onCancel={close}
          />
        }
      >
        <div class="directory-card-head">
          <h3 class="directory-name" id={`${id()}-name`}>
            <span lang={locale() === 'ja' ? 'ja' : 'fr'}>{name()}</span>
            <Show when={other() && other() !== name()}>
              <span class="other-lang" lang={locale() === 'ja' ? 'fr' : 'ja'}>
                {other()}
              </span>
            </Show>
          </h3>
          <p class="collectivite-facts">
            <span class="tag">{places().countries[props.entry.country]}</span>
            <span class="tag">{places().kinds[props.entry.kind]}</span>
          </p>
        </div>
        <dl class="directory-facts">
          <dt>{t().address}</dt>
          <dd class={props.entry.address ? 'directory-address' : 'muted'}>
            {props.entry.address || t().noAddress}
          </dd>
          <dt>{t().editions}</dt>
          <dd data-testid="directory-editions" class={numbers().length ? undefined : 'muted'}>
            {numbers().length ? t().editionNumbers(numbers()) : t().noEditions}
          </dd>
          <dt>{t().contacts}</dt>
          <dd>
            <Show
              when={props.entry.contacts.length > 0}
              fallback={<span class="missing">{t().noContact}</span>}
            >
              <ul class="directory-contacts">
                <For each={props.entry.contacts}>
                  {(contact) => (
                    <li data-testid="directory-contact">
                      <span class="directory-contact-name">{contact.name}</span>
                      <Show when={contact.function}>
                        <span class="muted"> · {contact.function}</span>
                      </Show>
                      <br />
                      <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      <span class="tag">{t().languages[contact.language]}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </dd>
        </dl>
        <div class="directory-card-actions">
          <button
            ref={editButton}
            type="button"
            class="btn"
            data-testid="directory-edit"
            aria-label={t().edit(name())}
            onClick={() => setEditing(true)}
          >
            {t().editButton}
          </button>
          <ConfirmAction
            label={t().delete}
            question={t().confirmDelete(name())}
            confirm={t().confirm}
            cancel={t().cancel}
            testId="directory-delete"
            onConfirm={() => props.onDelete()}
          />
        </div>
      </Show>
    </li>
  )
}
