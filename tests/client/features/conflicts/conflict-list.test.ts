import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  conflictCount,
  groupWarnings,
  warningPlaces,
} from '../../../../client/features/conflicts/conflict-list'
import { seedDemoEdition } from '../../../../server/editions/demo'
import {
  computeWarnings,
  createSession,
  moveSession,
  readEdition,
  updateSession,
  WarningCode,
} from '../../../../shared/doc/edition'

/** The demo edition's warnings once `change` is made to it. */
function warningsAfter(change: (doc: Y.Doc) => void) {
  const doc = new Y.Doc()
  seedDemoEdition(doc)
  change(doc)
  const warnings = computeWarnings(readEdition(doc).value)
  doc.destroy()
  return warnings
}

describe('the conflicts list', () => {
  it('groups the warnings by kind, double bookings first and texts to translate last', () => {
    const warnings = warningsAfter((doc) => {
      // Workshop 2 moved into workshop 1's room, and a session left in the tray.
      updateSession(doc, 's-workshop-2', { roomIds: ['room-kaze'] }, 'test')
      createSession(doc, { id: 's-tray', title: { fr: 'Attente', ja: '待機', en: '' } }, 'test')
    })
    const groups = groupWarnings(warnings)
    expect(groups.map((group) => group.code)).toEqual([
      WarningCode.RoomDoubleBooked,
      WarningCode.UnplacedSession,
      WarningCode.MissingTranslation,
    ])
    expect(groups[0]?.warnings).toEqual([
      expect.objectContaining({
        roomId: 'room-kaze',
        sessionIds: ['s-workshop-1', 's-workshop-2'],
        overlap: { day: '2024-11-20', startMinutes: 13 * 60 + 30, endMinutes: 16 * 60 },
      }),
    ])
    // The tray and the texts to translate are listed, but not counted as conflicts.
    expect(conflictCount(warnings)).toBe(1)
  })

  it('lists the warnings of a kind in the programme order, and only that kind if asked', () => {
    const warnings = warningsAfter((doc) => {
      moveSession(doc, 's-reception', { day: '2024-11-20', startMinutes: 22 * 60 }, 'test')
      moveSession(doc, 's-welcome-lunch', { day: '2024-11-18', startMinutes: 6 * 60 }, 'test')
    })
    const [bounds, ...rest] = groupWarnings(warnings, WarningCode.OutsideDayBounds)
    expect(rest).toEqual([])
    expect(bounds?.warnings.map((warning) => 'sessionId' in warning && warning.sessionId)).toEqual([
      's-welcome-lunch',
      's-reception',
    ])
    expect(groupWarnings(warnings, WarningCode.RoomDoubleBooked)).toEqual([])
  })

  it('links each warning to the field that sets it right, or to the tab holding it', () => {
    const warnings = warningsAfter((doc) => {
      updateSession(doc, 's-workshop-2', { roomIds: ['room-kaze'] }, 'test')
    })
    const byCode = (code: WarningCode) => warnings.find((warning) => warning.code === code)
    const booked = byCode(WarningCode.RoomDoubleBooked)
    const untranslated = byCode(WarningCode.MissingTranslation)
    if (!booked || !untranslated) throw new Error('the demo lost its warnings')
    expect(warningPlaces(booked)).toEqual([
      { kind: 'session', sessionId: 's-workshop-1', field: 'room' },
      { kind: 'session', sessionId: 's-workshop-2', field: 'room' },
    ])
    // The demo's closing ceremony has no Japanese description.
    expect(warningPlaces(untranslated)).toEqual([
      { kind: 'session', sessionId: 's-closing', field: 'description.ja' },
    ])
    expect(
      warningPlaces({
        code: WarningCode.MissingTranslation,
        target: { collection: 'rooms', id: 'room-kaze', field: 'name' },
        missing: ['ja'],
      }),
    ).toEqual([{ kind: 'view', view: 'rooms', fieldId: 'field-room-room-kaze-name-ja' }])
    expect(
      warningPlaces({
        code: WarningCode.MissingTranslation,
        target: { collection: 'themes', id: 'theme-youth', field: 'description' },
        missing: ['fr', 'ja'],
      }),
    ).toEqual([{ kind: 'view', view: 'themes', fieldId: 'field-theme-theme-youth-description-fr' }])
    // A speaker without a function: the people tab, on the function's missing language.
    expect(
      warningPlaces({
        code: WarningCode.PersonWithoutFunction,
        personId: 'p-mochizuki',
        missing: ['ja'],
      }),
    ).toEqual([{ kind: 'view', view: 'people', fieldId: 'field-person-p-mochizuki-role-ja' }])
  })
})
