import type { Component } from 'solid-js'
import type { ReadOnlyReason } from '../../edition/read-only'
import { useCatalogue } from '../../i18n/catalogue'
import type { EditionSession } from '../../sync/edition-session'
import { roomsMessages } from './rooms-messages'

/** The edition's rooms. */
export const RoomsView: Component<{
  session: EditionSession
  /** Why nothing may be changed here, if so. */
  readOnly: ReadOnlyReason | null
  onEditingChange: (editing: boolean) => void
}> = (props) => {
  const t = useCatalogue(roomsMessages)
  return (
    <section class="panel" data-testid="rooms-view" data-read-only={props.readOnly ?? ''}>
      <h2 class="panel-title">{t().tab}</h2>
    </section>
  )
}
