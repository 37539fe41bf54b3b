import type { CataloguePart } from '../../lib/i18n/catalogue'

const shiftFr = (dayShift: number) =>
  dayShift < 0 ? ', la veille' : dayShift > 0 ? ', le lendemain' : ''
const shiftEn = (dayShift: number) =>
  dayShift < 0 ? ', the day before' : dayShift > 0 ? ', the day after' : ''
const shiftJa = (dayShift: number) => (dayShift < 0 ? '（前日）' : dayShift > 0 ? '（翌日）' : '')

/** The French words: the shape the other languages fill. */
const meetingFr = {
  start: 'Début',
  end: 'Fin',
  /** The clocks a meeting's hours are on: the edition's, or its own place's. */
  timeZone: 'Fuseau horaire de la réunion',
  /** The hours on the edition's clocks, with the zone's city: « 16:30–18:00 (Tokyo) ». */
  hours: (hours: string, city: string) => `${hours} (heure de ${city})`,
  /** The same on the viewer's, « 09:30–11:00 à Paris », a day earlier or later if so. */
  viewerHours: (hours: string, city: string, dayShift: number) =>
    `soit ${hours} à ${city}${shiftFr(dayShift)}`,
  noHours: 'Horaires à préciser',
  hoursHint:
    'À l’heure de l’édition, par pas de 5 minutes. La lettre d’invitation les cite, comme l’événement.',
  hoursProblem: { end_before_start: 'La fin doit venir après le début. Rien n’a été changé.' },
  event: 'Événement',
  eventFr: 'Événement (français)',
  eventJa: 'Événement (japonais)',
  eventHint:
    'Facultatif : l’événement dont la réunion fait partie (« Rencontres de l’action internationale des collectivités territoriales »).',
  /** « Dans le cadre de : … » on the card. */
  partOf: (event: string) => `Dans le cadre de : ${event}`,
  /** The card's fold that changes the meeting. */
  edit: 'Date, horaires, lieu, événement et ordre du jour',
}

/** The strings of a meeting's hours and of the event it is part of, on its card and its creation form. */
export type MeetingMessages = typeof meetingFr

export const meetingMessages: CataloguePart<MeetingMessages> = {
  fr: meetingFr,
  ja: {
    start: '開始',
    end: '終了',
    timeZone: '会合のタイムゾーン',
    hours: (hours, city) => `${hours}（${city}時間）`,
    viewerHours: (hours, city, dayShift) => `${city}では${shiftJa(dayShift)}${hours}`,
    noHours: '時間は未定',
    hoursHint: '開催地の時間で、5分単位。案内状に関連行事とともに記載されます。',
    hoursProblem: { end_before_start: '終了は開始より後にしてください。変更されていません。' },
    event: '関連行事',
    eventFr: '関連行事（フランス語）',
    eventJa: '関連行事（日本語）',
    eventHint: '任意：会合が一環として開かれる行事（「自治体国際活動会議」など）。',
    partOf: (event) => `関連行事：${event}`,
    edit: '日付・時間・場所・関連行事・議題',
  },
  en: {
    start: 'Start',
    end: 'End',
    timeZone: 'Time zone of the meeting',
    hours: (hours, city) => `${hours} (${city} time)`,
    viewerHours: (hours, city, dayShift) => `${hours} in ${city}${shiftEn(dayShift)}`,
    noHours: 'Hours to be set',
    hoursHint:
      'On the edition’s clocks, in 5-minute steps. The invitation letter gives them, with the event.',
    hoursProblem: { end_before_start: 'The end must come after the start. Nothing was changed.' },
    event: 'Event',
    eventFr: 'Event (French)',
    eventJa: 'Event (Japanese)',
    eventHint:
      'Optional: the event the meeting is part of (“Rencontres de l’action internationale des collectivités territoriales”).',
    partOf: (event) => `Part of: ${event}`,
    edit: 'Date, hours, place, event and agenda',
  },
}
