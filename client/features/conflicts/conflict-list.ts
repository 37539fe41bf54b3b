import {
  type EditionWarning,
  type Id,
  REQUIRED_LANGS,
  type TextPath,
  WarningCode,
} from '../../../shared/doc/edition'
import { EditionView } from '../../app/router'

/** The kinds of warning in the order the list shows them: what breaks the day first. */
export const WARNING_ORDER: readonly WarningCode[] = [
  WarningCode.RoomDoubleBooked,
  WarningCode.PersonDoubleBooked,
  WarningCode.OutsideEditionDates,
  WarningCode.OutsideDayBounds,
  WarningCode.InterpretationWithoutBooths,
  WarningCode.RoomOverCapacity,
  WarningCode.PersonWithoutFunction,
  WarningCode.EditionDatesInconsistent,
  WarningCode.CollectiviteKindMismatch,
  WarningCode.UnplacedSession,
  WarningCode.MissingTranslation,
]

/**
 * Whether a warning is a conflict, counted as such in the overview: texts to
 * translate have their own counter, and a session waiting in the tray is
 * work not yet done rather than a clash.
 */
export const isConflict = (code: WarningCode): boolean =>
  code !== WarningCode.MissingTranslation && code !== WarningCode.UnplacedSession

/** How many conflicts `warnings` hold. */
export const conflictCount = (warnings: readonly EditionWarning[]): number =>
  warnings.filter((warning) => isConflict(warning.code)).length

/** The warnings of one kind. */
export interface WarningGroup {
  code: WarningCode
  warnings: EditionWarning[]
}

/** When a warning happens, to list a group's entries in the programme's order. */
function whenOf(warning: EditionWarning): string {
  if ('overlap' in warning) {
    return `${warning.overlap.day} ${String(warning.overlap.startMinutes).padStart(4, '0')}`
  }
  if ('startMinutes' in warning) {
    return `${warning.day} ${String(warning.startMinutes).padStart(4, '0')}`
  }
  if ('day' in warning) return warning.day
  return ''
}

/**
 * `warnings` grouped by kind in WARNING_ORDER, empty groups left out, each
 * group in the programme's order (day, then time); only the kind `only` if given.
 */
export function groupWarnings(
  warnings: readonly EditionWarning[],
  only: WarningCode | null = null,
): WarningGroup[] {
  return WARNING_ORDER.filter((code) => only === null || code === only).flatMap((code) => {
    const ofKind = warnings
      .map((warning, index) => ({ warning, index, when: whenOf(warning) }))
      .filter((entry) => entry.warning.code === code)
      .sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : a.index - b.index))
      .map((entry) => entry.warning)
    return ofKind.length > 0 ? [{ code, warnings: ofKind }] : []
  })
}

/**
 * A field of the session editor, as the address names it (`?field=`): a
 * select (`day`, `start`, `room`…), a text in one language (`title.ja`), or
 * a person of the session (`person.<id>`).
 */
export type SessionField = string

/** The field of a text: `description.ja`. */
export const textField = (field: string, lang: string): SessionField => `${field}.${lang}`

/** The field of a person in the session's people. */
export const personField = (personId: Id): SessionField => `person.${personId}`

/** Where a warning is set right: a session's field, or another tab of the edition. */
export type WarningPlace =
  | { kind: 'session'; sessionId: Id; field: SessionField }
  | {
      kind: 'view'
      view: Exclude<EditionView, 'wall'>
      /** The id of the text field to focus in that tab, where it has one. */
      fieldId?: string
    }

/** The tab where each collection's texts are written. */
const TEXT_VIEWS: Record<TextPath['collection'], Exclude<EditionView, 'wall'>> = {
  meta: EditionView.Details,
  days: EditionView.Details,
  venues: EditionView.Rooms,
  rooms: EditionView.Rooms,
  themes: EditionView.Themes,
  sessions: EditionView.Programme,
  persons: EditionView.People,
  collectivites: EditionView.Collectivites,
  meetings: EditionView.Meetings,
  proposals: EditionView.Proposals,
  suggestions: EditionView.Meetings,
  registrations: EditionView.Registrations,
  proposalComments: EditionView.Proposals,
}

/** The edition's texts written in the letter tab rather than in its details. */
const LETTER_TEXTS: readonly string[] = ['letter', 'letterPlace', 'formReturn']

/** The tab where `target` is written. */
const textView = (target: TextPath): Exclude<EditionView, 'wall'> =>
  target.collection === 'meta' && LETTER_TEXTS.includes(target.field)
    ? EditionView.Letters
    : TEXT_VIEWS[target.collection]

/**
 * The id of the field where a text of another tab than the programme is
 * written, in one language: each tab's LocalizedTextGroup names its fields
 * `field-<its test id prefix>-<lang>`, and those prefixes are these.
 */
function textFieldId(target: TextPath, lang: string): string | undefined {
  switch (target.collection) {
    case 'meta':
      return LETTER_TEXTS.includes(target.field)
        ? `field-letters-${target.field}-${lang}`
        : `field-details-${target.field}-${lang}`
    case 'days':
      return `field-day-${target.id}-label-${lang}`
    case 'venues':
    case 'themes':
    case 'meetings':
    case 'persons':
      return `field-${target.collection.replace(/s$/, '')}-${target.id}-${target.field}-${lang}`
    case 'rooms':
    case 'collectivites':
      return `field-${target.collection === 'rooms' ? 'room' : 'collectivite'}-${target.id}-name-${lang}`
    case 'proposals':
      return `field-proposal-${target.field}-${target.id}-${lang}`
    default:
      return undefined
  }
}

/**
 * Where `warning` is set right, for each session it names (the two of a
 * double booking): the field that would change it, or the tab that holds it.
 */
export function warningPlaces(warning: EditionWarning): WarningPlace[] {
  const session = (sessionId: Id, field: SessionField): WarningPlace => ({
    kind: 'session',
    sessionId,
    field,
  })
  switch (warning.code) {
    case WarningCode.RoomDoubleBooked:
      return warning.sessionIds.map((id) => session(id, 'room'))
    case WarningCode.PersonDoubleBooked:
      return warning.sessionIds.map((id) => session(id, personField(warning.personId)))
    case WarningCode.OutsideEditionDates:
    case WarningCode.UnplacedSession:
      return [session(warning.sessionId, 'day')]
    case WarningCode.OutsideDayBounds:
      return [session(warning.sessionId, 'start')]
    case WarningCode.InterpretationWithoutBooths:
      return [session(warning.sessionId, 'interpretation')]
    case WarningCode.RoomOverCapacity:
      return [session(warning.sessionId, 'room')]
    case WarningCode.MissingTranslation: {
      const { target } = warning
      const lang = warning.missing[0] ?? REQUIRED_LANGS[0] ?? 'fr'
      if (target.collection === 'sessions') {
        return [session(target.id, textField(target.field, lang))]
      }
      const fieldId = textFieldId(target, lang)
      const view = textView(target)
      return [fieldId ? { kind: 'view', view, fieldId } : { kind: 'view', view }]
    }
    case WarningCode.PersonWithoutFunction: {
      const fieldId = textFieldId(
        { collection: 'persons', id: warning.personId, field: 'role' },
        warning.missing[0] ?? 'fr',
      )
      return [
        fieldId
          ? { kind: 'view', view: EditionView.People, fieldId }
          : { kind: 'view', view: EditionView.People },
      ]
    }
    case WarningCode.EditionDatesInconsistent:
      return [{ kind: 'view', view: EditionView.Details }]
    case WarningCode.CollectiviteKindMismatch:
      return [{ kind: 'view', view: EditionView.Collectivites }]
  }
}
