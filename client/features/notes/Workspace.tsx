import { type Component, createEffect, createSignal, Show } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import type { SyncSession } from '../../sync/session'
import { PeopleList } from '../../ui/PeopleList'
import { AccessLost } from '../access/AccessLost'
import { useAuth } from '../access/auth'
import { SharedNotes } from './SharedNotes'
import { ShareLink } from './ShareLink'
import { StatusNote } from './StatusNote'
import './notes.css'

/** The page of one document: its shared notes, and who is there, as signed in. */
export const Workspace: Component<{ session: SyncSession }> = (props) => {
  const { t } = useI18n()
  const auth = useAuth()
  const [editing, setEditing] = createSignal(false)

  createEffect(() => {
    const person = auth.me()?.person
    if (!person) return
    props.session.setPresence({
      user: { name: person.name, color: person.color },
      editing: editing(),
    })
  })

  return (
    <main class="page">
      <Show
        when={props.session.lost()}
        fallback={
          <>
            <p class="intro">{t().intro}</p>
            <ShareLink docName={props.session.docName} />
            <StatusNote status={props.session.status()} />
            <div class="workspace">
              <SharedNotes text={props.session.notes} onEditingChange={setEditing} />
              <aside class="sidebar">
                <PeopleList peers={props.session.peers()} />
              </aside>
            </div>
          </>
        }
      >
        {(loss) => <AccessLost loss={loss()} />}
      </Show>
    </main>
  )
}
