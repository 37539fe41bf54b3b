import type { Messages } from './messages'

export const en: Messages = {
  languageName: 'English',
  languageSwitch: 'Interface language',
  intro:
    'A live shared text: what anyone types appears at once for everyone, and the list shows who is connected.',
  document: 'Document',
  shareHint: 'To write together, open this link in another window:',
  notesLabel: 'Shared notes',
  notesPlaceholder: 'Write here… Everyone else sees the text as you type.',
  status: {
    connecting: 'Connecting…',
    connected: 'Synced',
    offline: 'Offline — your changes are kept on this device',
    refused: 'Refused',
  },
  statusHint: {
    connecting: 'Connecting to the server.',
    connected: 'Your changes reach the others live.',
    offline:
      'You can keep writing: your changes are kept on this device and will be sent when the connection returns.',
    refused: 'The server refused this document. Reload the page or open another document.',
  },
  peopleTitle: 'Connected',
  you: 'you',
  editing: 'typing',
  nobodyElse: 'Nobody else yet.',
  yourName: 'Your name',
  yourColor: 'Your colour',
  color: (index) => `Colour ${index}`,
  guest: (n) => `Guest ${n}`,
  invalidDocument: (name) =>
    `“${name}” is not a valid document name (letters, digits, “.”, “_” and “-”, at most 128 characters).`,
  openDemo: 'Open the demo document',
  edition: {
    create: {
      open: 'New edition',
      number: 'Number',
      titleFr: 'Title in French',
      titleJa: 'Title in Japanese',
      cityFr: 'Host city (French)',
      cityJa: 'Host city (Japanese)',
      country: 'Host country',
      countries: { FR: 'France', JP: 'Japan' },
      timeZone: 'Time zone',
      startDate: 'First day',
      endDate: 'Last day',
      submit: 'Create the edition',
      submitting: 'Creating…',
      failed: 'The edition was not created: correct the fields shown.',
    },
    listTitle: 'Editions of the Rencontres',
    listIntro:
      'The Franco-Japanese decentralised cooperation meetings: open an edition to plan its programme together, live.',
    loading: 'Loading…',
    loadFailed: 'The list of editions could not be loaded. Reload the page.',
    noEditions: 'No editions yet.',
    number: (n) => {
      const suffix =
        n % 10 === 1 && n % 100 !== 11
          ? 'st'
          : n % 10 === 2 && n % 100 !== 12
            ? 'nd'
            : n % 10 === 3 && n % 100 !== 13
              ? 'rd'
              : 'th'
      return `${n}${suffix} edition`
    },
    record: 'Record',
    recordHint: 'A past edition, kept read-only.',
    backToList: '← All editions',
    notFound: 'This page does not exist.',
    waiting: 'Receiving the programme…',
    empty: 'This document holds no edition yet.',
    overview: 'Overview',
    globalTheme: 'Global theme',
    venue: 'Venue',
    dates: 'Dates',
    timeZone: 'Time zone',
    sessions: (n) => (n === 1 ? '1 session' : `${n} sessions`),
    rooms: (n) => (n === 1 ? '1 room' : `${n} rooms`),
    themes: (n) => (n === 1 ? '1 theme' : `${n} themes`),
    untranslated: (n) => (n === 1 ? '1 text to translate' : `${n} texts to translate`),
    allTranslated: 'Every text is translated',
    participation: (participants, fr, jp) =>
      [
        participants === null ? '' : `${participants} participants`,
        fr === null && jp === null
          ? ''
          : `local authorities: ${fr ?? '?'} French, ${jp ?? '?'} Japanese`,
      ]
        .filter(Boolean)
        .join(' · '),
    programme: 'Programme',
    noSessions: 'No sessions in the programme.',
    noRoom: 'No room',
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
    sessionStatus: { draft: 'Draft', confirmed: 'Confirmed' },
    warning: {
      room_double_booked: 'Room booked twice',
      person_double_booked: 'Speaker in two sessions at once',
      outside_edition_dates: 'Outside the edition’s dates',
      outside_day_bounds: 'Outside the day’s hours',
      missing_translation: 'Missing translation',
      edition_dates_inconsistent: 'The edition’s dates do not agree',
      collectivite_kind_mismatch: 'Kind of local authority unknown in its country',
    },
    missingTranslation: 'To translate',
    editingBy: (name) => `${name} is editing`,
    editor: {
      title: 'Session',
      close: 'Close',
      sessionTitle: 'Title',
      description: 'Description',
      kind: 'Kind',
      day: 'Day',
      start: 'Start',
      duration: 'Duration (min)',
      room: 'Room',
      minutes: (n) => `${n} min`,
      lang: { fr: 'French', ja: 'Japanese', en: 'English' },
      optional: 'optional',
      refused: (reason) => `Change refused: ${reason}`,
      readOnly: 'This edition is a record: it cannot be changed.',
    },
    dragHint:
      'Drag a session to move it, its bottom edge to change its length (in 5-minute steps); click it to edit.',
    keyboardHint:
      'Keyboard: Alt + ↑ ↓ moves by 5 minutes, Alt + ← → changes room, Alt + Shift + ↑ ↓ shortens or lengthens; Enter opens the session.',
    themePage: {
      title: 'Themes and workshops',
      views: 'Edition views',
      intro:
        'The edition’s global theme and the workshop themes, in French and Japanese; changes appear live for everyone.',
      chooseGlobal: 'Global theme in use',
      noGlobal: 'None',
      addGlobal: 'New global theme',
      workshops: 'Workshop themes',
      addWorkshop: 'Add a workshop theme',
      noWorkshops: 'No workshop themes yet.',
      workshopNumber: (n) => `Workshop ${n}`,
      themeTitle: 'Title',
      description: 'Description',
      sessionsUsing: 'Sessions on this theme',
      noSessionsUsing: 'No session has this theme yet.',
      delete: 'Delete',
      confirmDelete: (sessions) =>
        sessions === 0
          ? 'Delete this theme?'
          : sessions === 1
            ? 'Delete this theme? Its session will have no theme.'
            : `Delete this theme? Its ${sessions} sessions will have no theme.`,
      confirm: 'Yes, delete',
      cancel: 'Cancel',
    },
    history: {
      undo: 'Undo',
      redo: 'Redo',
      undoHint: (mod) => `Undo your last change; others’ changes stay (${mod}+Z)`,
      redoHint: (mod) => `Redo your change (${mod}+Shift+Z)`,
    },
  },
}
