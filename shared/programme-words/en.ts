import type { ProgrammeWords } from './programme-words'

/** The programme's words in English: on paper and in the app alike. */
export const en: ProgrammeWords = {
  file: {
    programme: 'Programme',
    draft: 'Draft programme, not published',
    publishedVersion: (name, date) => `Programme published on ${date} (${name})`,
    globalTheme: 'Overall theme',
    dates: 'Dates',
    venue: 'Venue',
    room: 'Room',
    noRoom: 'No room',
    allRooms: 'All rooms',
    roles: {
      moderator: 'Moderators',
      speaker: 'Speakers',
      rapporteur: 'Rapporteurs',
      witness: 'Key witnesses',
    },
    interpretation: {
      consecutive: 'FR ⇄ JA consecutive interpretation',
      simultaneous: 'FR ⇄ JA simultaneous interpretation',
    },
    day: (day) =>
      new Intl.DateTimeFormat('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${day}T00:00:00Z`)),
    timeRange: (start, end) => `${start} – ${end}`,
    timesIn: (zone) => `All times are ${zone} time.`,
    noSessions: 'No sessions in the programme.',
    readFirst: 'Language read first',
    pageTitle: (edition) => `Programme — ${edition}`,
    print: 'Print',
  },
  zoneCity: (timeZone) => timeZone.split('/').pop()?.replace(/_/g, ' ') ?? timeZone,
  kind: {
    plenary: 'Plenary',
    workshop: 'Workshop',
    site_visit: 'Site visit',
    ceremony: 'Ceremony',
    reception: 'Reception',
    break: 'Break',
    other: 'Other',
  },
}
