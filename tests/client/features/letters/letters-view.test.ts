import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { warningPlaces } from '../../../../client/features/conflicts/conflict-list'
import { fileProblems } from '../../../../client/features/letters/download-checks'
import {
  placeholderFields,
  previewLanguage,
  previewLetter,
  RECIPIENT_FIELDS,
  SERVER_FIELDS,
} from '../../../../client/features/letters/letter-preview'
import { moved } from '../../../../client/features/letters/signatory-order'
import { hoursProblem, meetingHours } from '../../../../client/features/meetings/hours'
import { seedDemoEdition } from '../../../../server/editions/demo'
import { readEdition, updateMeeting, WarningCode } from '../../../../shared/doc/edition'
import { LetterField } from '../../../../shared/letters/letter-fields'
import { PackFile } from '../../../../shared/letters/pack'

describe('the letter preview', () => {
  it('cuts the filled letter into paragraphs at blank lines, keeping single line breaks and a paragraph’s indent', () => {
    const preview = previewLetter(
      '{recipient}\n\nObjet : {ordinal} Rencontres\n\n\n　拝啓\nsuite\n',
      { recipient: 'Mme Martin\nVille de Tours', ordinal: '8e' },
    )
    expect(preview.paragraphs).toEqual([
      [{ kind: 'field', field: 'recipient', value: 'Mme Martin\nVille de Tours' }],
      [
        { kind: 'text', text: 'Objet : ' },
        { kind: 'field', field: 'ordinal', value: '8e' },
        { kind: 'text', text: ' Rencontres' },
      ],
      [{ kind: 'text', text: '　拝啓\nsuite' }],
    ])
    expect(preview.missing).toEqual([])
  })

  it('reports each field without a value once, in place and in the list, and flags unknown codes', () => {
    const preview = previewLetter('Avant le {deadline}, {deadline} ; {nimporte} à {host_city}.', {
      host_city: 'Shizuoka',
    })
    expect(preview.missing).toEqual([LetterField.Deadline])
    expect(preview.unknown).toEqual(['nimporte'])
    const kinds = preview.paragraphs[0]?.map((segment) => segment.kind)
    expect(kinds).toEqual([
      'text',
      'missing',
      'text',
      'missing',
      'text',
      'unknown',
      'text',
      'field',
      'text',
    ])
  })

  it('shows the recipient’s fields as placeholders, not warnings, while no collectivité is chosen', () => {
    const template = '{salutation}\n\n{host_city} avant le {deadline} : {form_link}'
    const none = previewLetter(
      template,
      { host_city: 'Shizuoka' },
      placeholderFields({ recipient: null }),
    )
    expect(none.missing).toEqual([LetterField.Deadline])
    expect(none.placeholders).toEqual([LetterField.Salutation, LetterField.FormLink])
    expect(none.paragraphs[0]).toEqual([{ kind: 'placeholder', field: 'salutation' }])
    // Chosen, a recipient's field without a value is a warning like any other.
    const chosen = previewLetter(
      template,
      { host_city: 'Shizuoka', salutation: 'Madame, Monsieur,' },
      [],
    )
    expect(chosen.missing).toEqual([LetterField.Deadline, LetterField.FormLink])
  })

  it('says which facts a sentence lacks when it has no value', () => {
    const preview = previewLetter('{first_meeting}. {previous_edition}', {
      meeting_date: 'lundi 18 septembre 2023',
      meeting_place: 'Paris',
      previous_city: 'Aix-en-Provence',
    })
    expect(preview.missing).toEqual([LetterField.FirstMeeting, LetterField.PreviousEdition])
    expect(preview.lacking).toEqual({
      first_meeting: [LetterField.MeetingHours],
      previous_edition: [
        LetterField.PreviousDates,
        LetterField.PreviousTheme,
        LetterField.PreviousFrench,
        LetterField.PreviousJapanese,
      ],
    })
  })

  it('keeps what only the server knows as placeholders when it cannot be asked (a viewer)', () => {
    expect(placeholderFields(null)).toBe(SERVER_FIELDS)
    expect(placeholderFields({ recipient: null })).toBe(RECIPIENT_FIELDS)
    const preview = previewLetter(
      '{previous_edition} {deadline} {host_city}',
      {},
      placeholderFields(null),
    )
    expect(preview.missing).toEqual([LetterField.HostCity])
  })

  it('previews in the recipient’s language, else the reader’s, French for an English reader', () => {
    const recipient = {
      collectiviteId: 'c1',
      name: { fr: 'Shizuoka', ja: '静岡市', en: '' },
      country: 'JP' as const,
      kind: 'city' as const,
      address: '',
      contact: null,
      language: 'ja' as const,
    }
    expect(previewLanguage({ recipient }, 'fr')).toBe('ja')
    expect(previewLanguage({ recipient: null }, 'ja')).toBe('ja')
    expect(previewLanguage(null, 'en')).toBe('fr')
  })
})

describe('the pack’s downloads, checked before they are offered', () => {
  const edition = {
    meta: { letter: { fr: 'Le {deadline} à {host_city}', ja: '', en: '' } },
    meetings: [
      {
        id: 'm1',
        date: '2023-09-18',
        start: '16:30',
        end: '18:00',
        place: { fr: 'Paris', ja: 'パリ', en: '' },
        event: { fr: '', ja: '', en: '' },
        agenda: { fr: 'Accueil', ja: '', en: '' },
        intakeOpen: false,
      },
    ],
  } as unknown as Parameters<typeof fileProblems>[1]

  it('names the fields a letter lacks, and an empty template as such', () => {
    expect(fileProblems(PackFile.LetterPdf, edition, { host_city: 'Shizuoka' }, 'fr')).toEqual([
      { kind: 'missing_field', field: LetterField.Deadline },
    ])
    expect(fileProblems(PackFile.LetterDocx, edition, {}, 'ja')).toEqual([
      { kind: 'empty_template' },
    ])
  })

  it('names what the agenda and the form lack; the programme needs nothing', () => {
    const facts = { meeting_date: 'lundi 18 septembre 2023', meeting_place: 'Paris' }
    expect(fileProblems(PackFile.AgendaPdf, edition, facts, 'ja')).toEqual([
      { kind: 'missing_field', field: LetterField.MeetingHours },
      { kind: 'missing_agenda' },
    ])
    expect(
      fileProblems(
        PackFile.FormPdf,
        edition,
        { collectivite: 'Tours', deadline: '4 septembre 2023' },
        'fr',
      ),
    ).toEqual([
      { kind: 'missing_field', field: LetterField.FormReturn },
      { kind: 'missing_field', field: LetterField.FormLink },
    ])
    expect(fileProblems(PackFile.ProgrammePdf, edition, {}, 'fr')).toEqual([])
  })
})

describe('the letter’s settings and the meetings’ hours', () => {
  it('moves a signatory one place, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
  })

  it('refuses a meeting ending before it starts, and takes either end unknown', () => {
    expect(hoursProblem('18:00', '16:30')).toBe('end_before_start')
    expect(hoursProblem('16:30', '16:30')).toBe('end_before_start')
    expect(hoursProblem('16:30', '18:00')).toBeNull()
    expect(hoursProblem('16:30', '')).toBeNull()
  })

  it('gives a meeting’s hours on the edition’s clocks and the viewer’s where they differ', () => {
    const meeting = { date: '2023-09-18', start: '16:30', end: '18:00' }
    expect(meetingHours(meeting, 'Europe/Paris', 'Europe/Paris')).toEqual({
      edition: '16:30–18:00',
      viewer: null,
      viewerDayShift: 0,
    })
    expect(meetingHours(meeting, 'Europe/Paris', 'Asia/Tokyo')).toEqual({
      edition: '16:30–18:00',
      viewer: '23:30–01:00',
      viewerDayShift: 0,
    })
    expect(
      meetingHours({ ...meeting, start: '09:00', end: '10:00' }, 'Asia/Tokyo', 'Europe/Paris'),
    ).toEqual({
      edition: '09:00–10:00',
      viewer: '02:00–03:00',
      viewerDayShift: 0,
    })
    expect(meetingHours({ ...meeting, end: null }, 'Europe/Paris', 'Asia/Tokyo')).toBeNull()
  })
})

describe('the conflicts’ links to the letter’s texts', () => {
  it('land in the letter tab’s field for the template, its place and the form’s return', () => {
    for (const field of ['letter', 'letterPlace', 'formReturn'] as const) {
      expect(
        warningPlaces({
          code: WarningCode.MissingTranslation,
          target: { collection: 'meta', field },
          missing: ['ja'],
        }),
      ).toEqual([{ kind: 'view', view: 'letters', fieldId: `field-letters-${field}-ja` }])
    }
  })

  it('land in the meeting’s event field in the meetings tab', () => {
    expect(
      warningPlaces({
        code: WarningCode.MissingTranslation,
        target: { collection: 'meetings', id: 'm1', field: 'event' },
        missing: ['fr'],
      }),
    ).toEqual([{ kind: 'view', view: 'meetings', fieldId: 'field-meeting-m1-event-fr' }])
  })
})

describe('a meeting changed from its card', () => {
  it('keeps its hours and event when its intake or date changes', () => {
    const doc = new Y.Doc()
    seedDemoEdition(doc)
    const [meeting] = readEdition(doc).value.meetings
    if (!meeting) throw new Error('the demo has a meeting')
    updateMeeting(doc, meeting.id, { intakeOpen: true }, 'test')
    updateMeeting(doc, meeting.id, { date: '2023-09-19' }, 'test')
    const after = readEdition(doc).value.meetings[0]
    expect(after).toMatchObject({ start: meeting.start, end: meeting.end, event: meeting.event })
    expect(after?.event.fr).not.toBe('')
    updateMeeting(doc, meeting.id, { start: '16:00', end: null }, 'test')
    expect(readEdition(doc).value.meetings[0]).toMatchObject({ start: '16:00', end: null })
  })
})
