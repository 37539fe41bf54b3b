import {
  type EditionSnapshot,
  type EditionWarning,
  type Id,
  type Lang,
  type LocalizedText,
  WarningCode,
} from '../../../shared/doc/edition'
import { EditionView } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { formatDay } from '../../lib/times'
import { detailsMessages } from '../details/details-messages'
import { lettersMessages } from '../letters/letters-messages'
import { collectivitesMessages } from '../people/collectivites-messages'
import { peopleMessages } from '../people/people-messages'
import { editorMessages } from '../programme/editor-messages'
import { roomsMessages } from '../rooms/rooms-messages'
import { conflictsMessages, type TextKey } from './conflicts-messages'

type Named = { id: Id; name?: LocalizedText; title?: LocalizedText; date?: string }

/**
 * The words a warning is told with, in the interface language: the names of
 * the rooms, people and sessions it names, read from `edition` when asked.
 */
export function useConflictWords(edition: () => EditionSnapshot) {
  const { t, locale } = useI18n()
  const m = useCatalogue(conflictsMessages)
  const details = useCatalogue(detailsMessages)
  const rooms = useCatalogue(roomsMessages)
  const people = useCatalogue(peopleMessages)
  const collectivites = useCatalogue(collectivitesMessages)
  const editor = useCatalogue(editorMessages)
  const letters = useCatalogue(lettersMessages)

  const textOf = (text: LocalizedText | undefined) => (text ? pickText(text, locale()).main : '')
  const named = (list: readonly Named[], id: Id) => {
    const entry = list.find((each) => each.id === id)
    if (!entry) return ''
    if (entry.title || entry.name) return textOf(entry.title ?? entry.name)
    return entry.date ? formatDay(entry.date, locale()) : ''
  }
  const roomName = (id: Id) => named(edition().rooms, id) || m().untitled
  const personName = (id: Id) => named(edition().persons, id) || editor().unnamed
  const sessionTitle = (id: Id) => named(edition().sessions, id) || m().untitled
  const collectiviteName = (id: Id) => named(edition().collectivites, id) || m().untitled
  const langs = (missing: readonly Lang[]) =>
    missing.map((lang) => t().edition.editor.lang[lang].toLocaleLowerCase(locale())).join(', ')

  const tabName = (view: EditionView): string => {
    switch (view) {
      case EditionView.Details:
        return details().tab
      case EditionView.Rooms:
        return rooms().tab
      case EditionView.People:
        return people().tab
      case EditionView.Collectivites:
        return collectivites().tab
      case EditionView.Themes:
        return t().edition.themePage.title
      case EditionView.Meetings:
        return t().meetings.tab
      case EditionView.Proposals:
        return t().proposals.tab
      case EditionView.Registrations:
        return t().registrations.tab
      case EditionView.Letters:
        return letters().tab
      default:
        return t().edition.programme
    }
  }

  /** "Description de la séance « Clôture » — japonais manquant". */
  const untranslated = (
    warning: EditionWarning & { code: typeof WarningCode.MissingTranslation },
  ) => {
    const { target } = warning
    const key = `${target.collection}.${target.field}` as TextKey
    const name =
      target.collection === 'meta'
        ? ''
        : target.collection === 'days'
          ? formatDay(target.id, locale())
          : named(edition()[target.collection] as readonly Named[], target.id) || m().untitled
    return m().untranslated(m().text[key], name, m().missing(warning.missing))
  }

  /** Which room, person or other session a warning of session `sessionId` is about. */
  const detail = (warning: EditionWarning, sessionId: Id): string => {
    const other = (ids: readonly [Id, Id]) =>
      editor().withSession(sessionTitle(ids[0] === sessionId ? ids[1] : ids[0]))
    switch (warning.code) {
      case WarningCode.RoomDoubleBooked:
        return `${editor().inRoom(roomName(warning.roomId))}, ${other(warning.sessionIds)}`
      case WarningCode.PersonDoubleBooked:
        return `${personName(warning.personId)}, ${other(warning.sessionIds)}`
      case WarningCode.InterpretationWithoutBooths:
      case WarningCode.RoomOverCapacity:
        return editor().inRoom(roomName(warning.roomId))
      case WarningCode.PersonWithoutFunction:
        return personName(warning.personId)
      case WarningCode.MissingTranslation:
        return warning.missing.map((lang) => t().edition.editor.lang[lang]).join(', ')
      default:
        return ''
    }
  }
  /** A session's warnings in full sentences, for its card's description. */
  const describe = (warnings: readonly EditionWarning[], sessionId: Id): string =>
    m().cardWarnings(
      warnings
        .map((warning) => {
          const more = detail(warning, sessionId)
          return `${t().edition.warning[warning.code]}${more ? ` — ${more}` : ''}`
        })
        .join(' ; '),
    )

  return {
    detail,
    describe,
    roomName,
    personName,
    sessionTitle,
    collectiviteName,
    langs,
    tabName,
    untranslated,
  }
}
