import { type Accessor, createEffect, createMemo, on } from 'solid-js'
import type { EditionSnapshot } from '../../../shared/doc/edition'
import { EditionView, programmePath, useRouter } from '../../app/router'

/** The history entry of an editor this page opened: Back then closes it, as it came. */
const OPENED = 'kaigi-opened-session'

/** The session editor's part of an edition page: which session is open, and opening or closing one. */
export interface OpenedSession {
  /** The session whose editor is open, if any. */
  selected: Accessor<string | null>
  /** Opens session `id`'s editor, or closes the open one (`null`). */
  open(id: string | null): void
}

/**
 * The session whose editor is open, kept in the address (`?session=`, with
 * its day): the address's, on the programme, once it is in `edition`. A
 * session deleted by someone else closes its editor; so do the end of access
 * (`lost`) and leaving the programme. Opening one adds a history entry, so
 * that Back closes it; a closed editor gives the focus back to its card.
 */
export function createOpenedSession(options: {
  editionId: string
  edition: EditionSnapshot
  view: Accessor<EditionView>
  /** The address's session and day. */
  place: Accessor<{ sessionId: string | null; day: string | null }>
  lost: Accessor<boolean>
}): OpenedSession {
  const router = useRouter()
  const { edition, editionId } = options
  const dayOf = (id: string) => edition.sessions.find((entry) => entry.id === id)?.day ?? null
  const exists = (id: string) => edition.sessions.some((entry) => entry.id === id)
  const onProgramme = () => options.view() === EditionView.Programme

  const selected = createMemo(() => {
    const id = onProgramme() ? options.place().sessionId : null
    return id && exists(id) && !options.lost() ? id : null
  })

  const open = (id: string | null) => {
    const shown = selected()
    if (id === null) {
      if (!shown) return
      // Back to the entry before the editor opened if this page opened it; else
      // the same place without it, on the day shown (the session's, if the address had none).
      if ((window.history.state as { [OPENED]?: boolean } | null)?.[OPENED]) {
        window.history.back()
        return
      }
      const day = options.place().day ?? dayOf(shown)
      router.navigate(programmePath(editionId, { day }), { replace: true })
      return
    }
    const day = dayOf(id) ?? options.place().day
    // One editor open is replaced by the next: Back still closes the editor.
    router.navigate(programmePath(editionId, { day, sessionId: id }), {
      replace: shown !== null,
      state: { [OPENED]: true },
    })
  }

  // A closed editor gives the keyboard back to its session's card: on the
  // grid, in a phone's list of the day, or in the tray.
  createEffect(
    on(selected, (_, closed) => {
      if (!closed || selected() !== null || !onProgramme()) return
      const id = CSS.escape(closed)
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(
            `[data-session-id="${id}"]:is([data-testid=session], [data-testid=phone-session]), [data-testid=tray-item][data-session-id="${id}"] button`,
          )
          ?.focus(),
      )
    }),
  )

  // A session deleted while open leaves the address, so that an undo does not
  // reopen its editor; the grid stays on its day.
  let openDay: string | null = null
  createEffect(() => {
    const id = selected()
    if (id) openDay = dayOf(id)
  })
  createEffect(
    on(selected, (_, was) => {
      const id = options.place().sessionId
      if (was && id === was && !exists(id) && onProgramme()) {
        const day = options.place().day ?? openDay
        router.navigate(programmePath(editionId, { day }), { replace: true })
      }
    }),
  )

  return { selected, open }
}
