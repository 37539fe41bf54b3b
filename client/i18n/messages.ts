import type { Lang, SessionKind, SessionStatus, WarningCode } from '../../shared/doc/edition'
import type { ConnectionStatus } from '../sync/session'

/** Every string of the interface; each language file provides all of them. */
export interface Messages {
  /** The language's own name, for the switch. */
  languageName: string
  languageSwitch: string
  /** What the page is for, in one line. */
  intro: string
  document: string
  shareHint: string
  notesLabel: string
  notesPlaceholder: string
  status: Record<ConnectionStatus, string>
  statusHint: Record<ConnectionStatus, string>
  peopleTitle: string
  you: string
  editing: string
  nobodyElse: string
  yourName: string
  yourColor: string
  color: (index: number) => string
  guest: (n: number) => string
  invalidDocument: (name: string) => string
  openDemo: string
  edition: EditionMessages
}

/** The strings of the editions list, an edition's overview, its programme grid and session editor. */
/** The form that creates an edition, on the list page. */
export interface CreateEditionMessages {
  open: string
  number: string
  titleFr: string
  titleJa: string
  cityFr: string
  cityJa: string
  country: string
  countries: { FR: string; JP: string }
  timeZone: string
  startDate: string
  endDate: string
  submit: string
  submitting: string
  failed: string
}

export interface EditionMessages {
  create: CreateEditionMessages
  listTitle: string
  listIntro: string
  loading: string
  loadFailed: string
  noEditions: string
  /** "8e édition", "第8回". */
  number: (n: number) => string
  record: string
  recordHint: string
  backToList: string
  notFound: string
  waiting: string
  empty: string
  overview: string
  globalTheme: string
  venue: string
  dates: string
  timeZone: string
  sessions: (n: number) => string
  rooms: (n: number) => string
  themes: (n: number) => string
  untranslated: (n: number) => string
  allTranslated: string
  participation: (participants: number | null, fr: number | null, jp: number | null) => string
  programme: string
  noSessions: string
  noRoom: string
  /** Header of the time axis: the edition's zone, then the viewer's where it differs. */
  zoneCity: (timeZone: string) => string
  kind: Record<SessionKind, string>
  sessionStatus: Record<SessionStatus, string>
  warning: Record<WarningCode, string>
  missingTranslation: string
  editingBy: (name: string) => string
  editor: {
    title: string
    close: string
    sessionTitle: string
    description: string
    kind: string
    day: string
    start: string
    duration: string
    room: string
    minutes: (n: number) => string
    lang: Record<Lang, string>
    optional: string
    refused: (reason: string) => string
    readOnly: string
  }
  dragHint: string
  keyboardHint: string
  /** The page of the global theme and the workshop themes. */
  themePage: ThemeMessages
  history: {
    undo: string
    redo: string
    /** Tooltips, with the shortcut spelled for this platform ("Ctrl", "⌘"). */
    undoHint: (mod: string) => string
    redoHint: (mod: string) => string
  }
}

/** The strings of the themes and workshops page. */
export interface ThemeMessages {
  title: string
  /** The links between an edition's programme and its themes. */
  views: string
  intro: string
  chooseGlobal: string
  noGlobal: string
  addGlobal: string
  workshops: string
  addWorkshop: string
  noWorkshops: string
  /** "Atelier 2", "第2分科会": a workshop theme by its place in the list. */
  workshopNumber: (n: number) => string
  themeTitle: string
  description: string
  sessionsUsing: string
  noSessionsUsing: string
  delete: string
  /** Asked before deleting a theme that `sessions` sessions use. */
  confirmDelete: (sessions: number) => string
  confirm: string
  cancel: string
}
