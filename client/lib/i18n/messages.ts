import type { Committee, InvitationProblem, Role } from '../../../shared/access'
import type {
  EditionDatesProblem,
  Lang,
  ProposalStatus,
  RegistrationCounts,
  SessionOtherField,
  SessionStatus,
  SuggestionStatus,
  SuggestionTarget,
  WarningCode,
} from '../../../shared/doc/edition'
import type { ExportFile } from '../../../shared/exports'
import type { ProgrammeWords } from '../../../shared/programme-words/programme-words'
import type { ActivityWords } from '../../features/activity/sentence'
import type { AccessLoss, ConnectionStatus } from '../../sync/session'

/** Every string of the interface; each language file provides all of them. */
export interface Messages {
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
  invalidDocument: (name: string) => string
  openDemo: string
  edition: EditionMessages
  access: AccessMessages
  meetings: MeetingMessages
  participant: ParticipantMessages
  proposals: ProposalMessages
  form: FormMessages
  registrations: RegistrationMessages
  versions: VersionMessages
  activity: ActivityMessages
  exports: ExportMessages
  programmeFile: ProgrammeWords['file']
}

/** Signing in, who is signed in, members, invitation links and refused access. */
export interface AccessMessages {
  role: Record<Role, string>
  committee: Record<Committee, string>
  /** The header's tooltip on the signed-in person's name. */
  signedInAs: (name: string) => string
  signOut: string
  signOutFailed: string
  /** The page shown to a browser that is not signed in. */
  signedOut: { title: string; body: string; hint: string }
  /** The page of an invitation link, `/invite/<token>`. */
  invite: {
    title: string
    loading: string
    /** The link could not be checked (no network). */
    checkFailed: string
    offer: string
    role: string
    edition: string
    /** The instance owner's link opens every edition. */
    allEditions: string
    committee: string
    expires: string
    never: string
    problem: Record<InvitationProblem, string>
    problemHint: string
    name: string
    nameHint: string
    nameError: (max: number) => string
    chooseCommittee: string
    committeeError: string
    alreadySignedIn: (name: string) => string
    submit: string
    submitting: string
    failed: string
  }
  /** The edition's view of its members and links. */
  membersView: string
  members: {
    title: string
    you: string
    noCommittee: string
    /** The instance's owner, who holds every edition (the first start's link). */
    instanceOwner: string
    instanceOwnerHint: string
    revoke: string
    confirmRevoke: (name: string) => string
    confirm: string
    cancel: string
    loadFailed: string
    revokeFailed: string
    none: string
  }
  invitations: {
    title: string
    intro: string
    role: string
    committee: string
    committeeChosen: string
    expiry: string
    expiryChoice: (hours: number) => string
    maxUses: string
    maxUsesError: (max: number) => string
    unlimited: string
    create: string
    creating: string
    failed: string
    created: string
    createdHint: string
    copy: string
    copied: string
    qr: string
    active: string
    none: string
    uses: (uses: number, max: number | null) => string
    expiresOn: (date: string) => string
    revoke: string
    confirmRevoke: string
    loadFailed: string
    recordViewersOnly: string
  }
  /** The page-wide notice of a member who may only read the edition. */
  viewerNotice: string
  /** The message shown once the server ended this browser's access to a document. */
  lost: Record<AccessLoss, string>
  lostHint: Record<AccessLoss, string>
  reload: string
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
  /** Where a session without a day, time or room is shown: "Non placée". */
  unplaced: string
  /** A session across every room: "Toutes les salles". */
  allRooms: string
  /** Header of the time axis: the edition's zone, then the viewer's where it differs. */
  zoneCity: ProgrammeWords['zoneCity']
  kind: ProgrammeWords['kind']
  sessionStatus: Record<SessionStatus, string>
  warning: Record<WarningCode, string>
  /** What is wrong with the edition's dates, as the edition_dates_inconsistent warning and a refusal say. */
  datesProblem: Record<EditionDatesProblem, string>
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
    /** For a viewer: they may read the edition, not change it. */
    viewerReadOnly: string
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

/** The committees' meetings: their list, the suggestion intake and its participant link. */
export interface MeetingMessages {
  /** The edition's view of its meetings. */
  tab: string
  title: string
  intro: string
  none: string
  /** A meeting named by its day (already formatted): "Réunion du 18 septembre 2023". */
  name: (date: string) => string
  create: {
    open: string
    date: string
    placeFr: string
    placeJa: string
    agendaFr: string
    agendaJa: string
    agendaHint: string
    submit: string
    dateError: string
    placeError: string
  }
  date: string
  place: string
  agenda: string
  noAgenda: string
  /** The fold that holds the meeting's date, place and agenda fields. */
  edit: string
  /** Whether participants may send suggestions now. */
  intake: { open: string; closed: string }
  openIntake: string
  closeIntake: string
  suggestionCount: (total: number, fresh: number) => string
  openWall: string
  link: {
    get: string
    getting: string
    failed: string
    title: string
    hint: string
    copy: string
    copied: string
    qr: string
    showRoom: string
  }
  /** The full-screen display for the room, shown in French and Japanese at once. */
  room: {
    call: string
    scan: string
    closed: string
    close: string
  }
  wall: WallMessages
}

/** The live wall of one meeting's suggestions, and their triage. */
export interface WallMessages {
  title: string
  back: string
  meetingGone: string
  filter: string
  all: string
  target: Record<SuggestionTarget, string>
  /** Where to send a suggestion from a phone, beside the QR code. */
  join: string
  fullScreen: string
  exitFullScreen: string
  empty: string
  emptyFilter: string
  anonymous: string
  /** The +1s of a suggestion. */
  supporters: (n: number) => string
  support: string
  unsupport: string
  status: Record<SuggestionStatus, string>
  keep: string
  dismiss: string
  restore: string
  merge: string
  mergeInto: string
  mergeConfirm: string
  mergeNone: string
  cancel: string
  /** On a merged suggestion: the one it went into (its opening words). */
  mergedInto: (text: string) => string
  /** On a suggestion others were merged into. */
  mergedHere: (n: number) => string
  convert: string
  convertTitle: string
  convertTheme: string
  convertHint: string
  convertSubmit: string
  /** On a suggestion turned into a session: a link to it. */
  became: string
  sessionGone: string
  /** On a suggestion turned into a workshop proposal. */
  becameProposal: string
  /** Turns a suggestion into a workshop proposal. */
  toProposal: string
  toProposalTitle: string
  toProposalCollectivite: string
  toProposalHint: string
  toProposalSubmit: string
  triaged: string
  refused: (reason: string) => string
}

/** The participant's page of a meeting, on a phone, with no account. */
export interface ParticipantMessages {
  loading: string
  notFound: string
  loadFailed: string
  retry: string
  intro: string
  closed: string
  closedHint: string
  /** Asks again whether the intake has opened. */
  checkAgain: string
  text: string
  textHint: string
  /** Characters typed out of the most a suggestion may hold. */
  counter: (n: number, max: number) => string
  name: string
  collectivite: string
  optional: string
  target: string
  targetChoice: Record<SuggestionTarget, string>
  workshop: string
  send: string
  sending: string
  errors: {
    text: (max: number) => string
    authorName: (max: number) => string
    collectivite: (max: number) => string
    target: string
    themeId: string
    /** A refusal naming no field this page shows. */
    other: string
    tooMany: string
    network: string
  }
  thanks: string
  thanksHint: string
  another: string
  /** The two forms of the page: a suggestion, or a workshop proposal. */
  tabs: { suggestion: string; proposal: string }
  proposal: {
    intro: string
    title: string
    titleHint: string
    description: string
    theme: string
    noTheme: string
    collectivites: string
    collectivitesHint: string
    send: string
    errors: {
      title: string
      description: string
      themeId: string
      collectiviteNames: string
    }
    thanks: string
    thanksHint: string
    another: string
  }
}

/** The workshop proposals of an edition, reviewed by the committees. */
export interface ProposalMessages {
  tab: string
  title: string
  intro: string
  none: string
  /** The heading of each group, by status. */
  status: Record<ProposalStatus, string>
  create: string
  createSubmit: string
  proposalTitle: string
  description: string
  theme: string
  noTheme: string
  collectivites: string
  /** One name a line. */
  collectivitesHint: string
  fromSuggestion: string
  comments: (n: number) => string
  comment: string
  commentSend: string
  review: string
  decline: string
  reopen: string
  merge: string
  mergeInto: string
  mergeConfirm: string
  mergeNone: string
  /** On a merged proposal: the one it went into. */
  mergedInto: string
  accept: string
  acceptTitle: string
  acceptSubmit: string
  /** On an accepted proposal: a link to its session. */
  sessionCreated: string
  sessionGone: string
  cancel: string
  refused: (reason: string) => string
}

/** The participation form (bulletin de participation), public, on a phone or a desk. */
export interface FormMessages {
  title: string
  loading: string
  notFound: string
  loadFailed: string
  retry: string
  intro: string
  /** Until when the form is open, in the reader's words. */
  deadline: (when: string) => string
  closed: string
  closedHint: string
  collectivite: string
  pick: string
  notListed: string
  newName: string
  country: string
  countries: { FR: string; JP: string }
  contactName: string
  email: string
  delegates: string
  workshops: string
  noWorkshops: string
  wantsToSpeak: string
  wantsToPropose: string
  send: string
  sending: string
  errors: {
    collectiviteId: string
    collectiviteName: string
    country: string
    contactName: string
    email: string
    delegates: string
    workshopIds: string
    other: string
    tooMany: string
    network: string
  }
  thanks: string
  thanksHint: string
}

/** The committee's view of the registrations and of the form's link and deadline. */
export interface RegistrationMessages {
  tab: string
  title: string
  intro: string
  deadline: string
  save: string
  saving: string
  saved: string
  saveFailed: string
  noForm: string
  link: string
  copy: string
  copied: string
  qr: string
  open: string
  closed: string
  /** "170 participants, 41 collectivités : 22 FR, 19 JP". */
  counts: (counts: RegistrationCounts) => string
  none: string
  collectivite: string
  country: string
  delegates: string
  workshops: string
  speaks: string
  proposes: string
  yes: string
  exportCsv: string
}

/** Named versions of an edition: saving, comparing, previewing, restoring, publishing. */
export interface VersionMessages {
  tab: string
  title: string
  intro: string
  /** The intro for viewers, who list and compare only. */
  viewerIntro: string
  nameLabel: string
  namePlaceholder: string
  save: string
  saving: string
  saveFailed: string
  loading: string
  loadFailed: string
  none: string
  /** "par Claire, 24 nov. 2026, 10:05". */
  savedBy: (author: string, when: string) => string
  /** The latest published version. */
  published: string
  /** A version published before the latest one. */
  wasPublished: string
  compareNow: string
  compareWith: string
  pickVersion: string
  preview: string
  closePreview: string
  /** "Aperçu de « … » (lecture seule)". */
  previewTitle: (name: string) => string
  restore: string
  restoreQuestion: (name: string) => string
  restoreConfirm: string
  restored: string
  restoreFailed: string
  publish: string
  publishQuestion: (name: string) => string
  publishConfirm: string
  publishFailed: string
  cancel: string
  close: string
  /** "De « A » à maintenant", "De « A » à « B »". */
  comparison: (from: string, to: string | null) => string
  noChanges: string
  added: string
  removed: string
  changed: string
  /** "Déplacée de mer. 20 nov., 13:30–15:00, Salle 1 à …". */
  moved: (from: string, to: string) => string
  /** Between a place's day, times and room: ', ' or '、'. */
  placeSeparator: string
  noRoom: string
  unknownRoom: string
  field: Record<'title' | 'description', string>
  lang: Record<Lang, string>
  /** Other fields that changed, named as the committees know them. */
  otherFields: (names: string[]) => string
  /** Every field a comparison names: one added to the comparison without its words fails the type check. */
  fieldName: Record<SessionOtherField, string>
  removedWords: string
  addedWords: string
}

/** The edition's activity: who changed what, and when. */
export interface ActivityMessages {
  tab: string
  title: string
  intro: string
  sessionFilter: string
  /** Between a session's day and time and its title in the session filter: never a ・ that a katakana title could hold. */
  sessionSeparator: string
  allSessions: string
  /** A filtered session no longer in the programme. */
  deletedSession: string
  memberFilter: string
  allMembers: string
  clearFilters: string
  loading: string
  loadFailed: string
  retry: string
  none: string
  noneFiltered: string
  loadMore: string
  loadingMore: string
  /** "Aiko (JP)", "Aiko（日本側）": who, as entries and the member filter name them. */
  actor: (name: string, committee: Committee | null) => string
  /** The words and word order of the entries' sentences (see `activitySentence`). */
  words: ActivityWords
  /** A day's heading: "Aujourd’hui", "Hier", or the day written out. */
  today: string
  yesterday: string
  /** "10:05 – 10:40": an entry that went on a while. */
  span: (from: string, to: string) => string
  /** "(3 modifications)": how many edits the entry groups. */
  changes: (n: number) => string
  /** Shows one session's history (on an entry, and in the session editor). */
  sessionHistory: string
  openSession: string
}

/** The export panel: the programme's files, and its public page. */
export interface ExportMessages {
  tab: string
  title: string
  intro: string
  /** The published programme the files are made of. */
  published: (name: string, when: string) => string
  nothingPublished: string
  /** For owners: where to publish. */
  publishHint: string
  versionsLink: string
  loadFailed: string
  publicPage: string
  publicPageHint: string
  copy: string
  copied: string
  source: string
  sourceChoice: { published: string; draft: string }
  sourceHint: { published: string; draft: string }
  lang: string
  langChoice: { both: string; fr: string; ja: string }
  /** The language choice in short, beside each file it applies to. */
  langTag: { both: string; fr: string; ja: string }
  /** Which files the language choice changes. */
  langHint: string
  files: string
  /** Each file: its name as a person would say it, and what it is for. */
  file: Record<ExportFile, { name: string; about: string }>
  /** With nothing published, a viewer has nothing to download. */
  noFiles: string
  /** The files with personal data, for owners and editors only. */
  internal: string
  internalHint: string
}
