import { type Component, createEffect, createSignal } from 'solid-js'
import { useI18n } from '../i18n'
import type { IdentityStore } from '../stores/identity'
import type { SyncSession } from '../sync/session'
import { IdentityEditor } from './IdentityEditor'
import { PeopleList } from './PeopleList'
import { SharedNotes } from './SharedNotes'
import { ShareLink } from './ShareLink'
import { StatusNote } from './StatusNote'

/** The page of one document: its shared notes, and who is there. */
export const Workspace: Component<{ session: SyncSession; identity: IdentityStore }> = (props) => {
  const { t } = useI18n()
  const [editing, setEditing] = createSignal(false)

  createEffect(() => {
    props.session.setPresence({
      user: {
        name: props.identity.customName() || t().guest(props.identity.guestNumber),
        color: props.identity.color(),
      },
      editing: editing(),
    })
  })

  return (
    <main class="page">
      <p class="intro">{t().intro}</p>
      <ShareLink docName={props.session.docName} />
      <StatusNote status={props.session.status()} />
      <div class="workspace">
        <SharedNotes text={props.session.notes} onEditingChange={setEditing} />
        <aside class="sidebar">
          <PeopleList peers={props.session.peers()} />
          <IdentityEditor identity={props.identity} />
        </aside>
      </div>
    </main>
  )
}
