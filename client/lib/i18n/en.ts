import type { Collection } from '../../../shared/doc/edition'
import { MAX_EDITION_DAYS } from '../../../shared/doc/edition/rules'
import { en as enWords } from '../../../shared/programme-words/en'
import {
  type FieldWords,
  type TextWords,
  type ThingWords,
  wordsFor,
} from '../../features/activity/fields'
import type { Messages } from './messages'

/** The interface's English words for a field of an entity. */
const EN_FIELDS: FieldWords = {
  schedule: 'the time',
  day: 'the day',
  start: 'the start time',
  end: 'the end time',
  ownHours: 'whether it keeps its own hours',
  durationMinutes: 'the duration',
  roomId: 'the room',
  roomIds: 'the rooms',
  allRooms: 'the choice of all rooms',
  themeId: 'the theme',
  speakerIds: 'the speakers',
  moderatorIds: 'the moderators',
  rapporteurIds: 'the rapporteurs',
  witnessIds: 'the key witnesses',
  interpretation: 'interpretation',
  status: 'the status',
  kind: 'the type',
  capacity: 'the capacity',
  position: 'the order',
  venueId: 'the venue',
  booths: 'the interpretation booths',
  reading: 'the kana reading',
  collectiviteId: 'the local authority',
  collectiviteName: 'the local authority’s name',
  country: 'the country',
  date: 'the date',
  intakeOpen: 'the suggestion intake',
  text: 'the text',
  authorId: 'the author',
  authorName: 'the author’s name',
  collectivite: 'the local authority',
  target: 'the subject',
  mergedIntoId: 'the merge',
  supporterIds: 'the +1s',
  sessionId: 'the linked session',
  proposalId: 'the linked proposal',
  collectiviteNames: 'the local authorities',
  suggestionId: 'the original suggestion',
  delegates: 'the number of delegates',
  workshopIds: 'the workshops chosen',
  wantsToSpeak: 'the wish to speak',
  wantsToPropose: 'the wish to propose a workshop',
  dayIds: 'the days attended',
  amendedAt: 'the date amended',
  number: 'the number',
  year: 'the year',
  hostCountry: 'the host country',
  startDate: 'the start date',
  endDate: 'the end date',
  timeZone: 'the time zone',
  globalThemeId: 'the overall theme',
  participation: 'the attendance',
  createdAt: 'the creation date',
  meetingId: 'the meeting',
  letterDate: 'the letter’s date',
  signatoryIds: 'the signatories',
  directoryId: 'the link to the directory',
}

/** The texts written in each language; the language goes before the first three. */
const EN_TEXTS: TextWords<string> = {
  title: 'title',
  description: 'description',
  name: 'name',
  role: 'role',
  place: 'place',
  agenda: 'agenda',
  hostCity: 'host city',
  venue: 'venue',
  label: 'label',
  address: 'address',
  letter: 'invitation letter',
  letterPlace: 'letter’s place',
  formReturn: 'form’s return address',
  event: 'event',
}
const EN_BEFORE = new Set(['title', 'description', 'name', 'label'])

const EN_LANGS: Record<string, string> = { fr: 'French', ja: 'Japanese', en: 'English' }

/** "the Japanese title", "the venue in French", "the room". */
function enField(path: string): string {
  const [field = '', lang] = path.split('.')
  const text = wordsFor(EN_TEXTS, field)
  if (text) {
    const language = lang ? EN_LANGS[lang] : undefined
    if (!language) return `the ${text}`
    return EN_BEFORE.has(field) ? `the ${language} ${text}` : `the ${text} in ${language}`
  }
  return wordsFor(EN_FIELDS, field) ?? `the field “${path}”`
}

/** "a, b and c", and past four fields, how many more. */
function enList(items: string[]): string {
  const shown =
    items.length > 4 ? [...items.slice(0, 3), `${items.length - 3} other fields`] : items
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(shown)
}

const enQuoted = (label: string) => `“${label || 'untitled'}”`

/** Each kind of entity named as what was created or deleted: the session “Atelier 2”. */
const EN_THINGS: ThingWords = {
  // A day is named by its date, which its label holds written out.
  days: (label) => label,
  venues: (label) => `the venue ${enQuoted(label)}`,
  sessions: (label) => `the session ${enQuoted(label)}`,
  themes: (label) => `the theme ${enQuoted(label)}`,
  rooms: (label) => `the room ${enQuoted(label)}`,
  persons: (label) => `the person ${enQuoted(label)}`,
  collectivites: (label) => `the local authority ${enQuoted(label)}`,
  meetings: (label) => `the meeting of ${label}`,
  suggestions: (label) => `the suggestion ${enQuoted(label)}`,
  registrations: (label) => `the registration of ${enQuoted(label)}`,
  proposals: (label) => `the workshop proposal ${enQuoted(label)}`,
  proposalComments: (label) => `the comment ${enQuoted(label)}`,
}

/** The verb of a creation, where "created" is not the word. */
const EN_CREATED: Partial<Record<Collection, string>> = {
  days: 'added',
  venues: 'added',
  rooms: 'added',
  persons: 'added',
  collectivites: 'added',
  suggestions: 'sent',
  registrations: 'sent',
  proposals: 'sent',
  proposalComments: 'wrote',
}

const enActor = (name: string, committee: 'fr' | 'jp' | null): string =>
  committee ? `${name} (${committee === 'fr' ? 'FR' : 'JP'})` : name

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
    unplaced: 'Unplaced',
    allRooms: 'All rooms',
    zoneCity: enWords.zoneCity,
    kind: enWords.kind,
    sessionStatus: { draft: 'Draft', confirmed: 'Confirmed' },
    warning: {
      room_double_booked: 'Room booked twice',
      person_double_booked: 'Speaker in two sessions at once',
      outside_edition_dates: 'Outside the edition’s dates',
      outside_day_bounds: 'Outside the day’s hours',
      missing_translation: 'Missing translation',
      edition_dates_inconsistent: 'The edition’s dates do not agree',
      collectivite_kind_mismatch: 'Kind of local authority unknown in its country',
      unplaced_session: 'Session without a day, time or room',
      interpretation_without_booths: 'Simultaneous interpretation in a room without booths',
      room_over_capacity: 'More registered delegates than the room holds',
      person_without_function: 'Function missing in French or Japanese',
    },
    datesProblem: {
      end_before_start: 'The last day comes before the first.',
      too_long: `The edition runs over ${MAX_EDITION_DAYS} days from its first day to its last: check the last day’s year and month.`,
      year_mismatch: 'The first day is not in the edition’s year.',
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
      viewerReadOnly: 'Read-only access: you cannot change this edition.',
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
  access: {
    role: { owner: 'Owner', editor: 'Editor', viewer: 'Viewer' },
    committee: { fr: 'French committee', jp: 'Japanese committee' },
    signedInAs: (name) => `Signed in as ${name}`,
    signOut: 'Sign out',
    signOutFailed: 'Signing out failed. Try again.',
    signedOut: {
      title: 'Sign in with your invitation link',
      body: 'Kaigi is for the members of the Rencontres’ steering committees. To sign in, open the invitation link you received (by e-mail or message) in this browser.',
      hint: 'No link, or has yours expired? Ask an owner in your committee for a new one.',
    },
    invite: {
      title: 'Invitation to Kaigi',
      loading: 'Checking the link…',
      checkFailed: 'The link could not be checked. Check the connection and reload the page.',
      offer: 'This link gives you access to Kaigi:',
      role: 'Role',
      edition: 'Edition',
      allEditions: 'Every edition (owner of this instance)',
      committee: 'Committee',
      expires: 'Valid until',
      never: 'no limit',
      problem: {
        expired: 'This invitation link has expired.',
        revoked: 'This invitation link was revoked.',
        'used-up': 'This invitation link has been used as many times as it allowed.',
        invalid: 'This invitation link is not valid.',
      },
      problemHint: 'Ask an owner in your committee for a new link.',
      name: 'Your name',
      nameHint: 'As the other members will see it, for example “Claire Martin (Paris)”.',
      nameError: (max) => `Enter a name of 1 to ${max} characters.`,
      chooseCommittee: 'Your committee',
      committeeError: 'Choose your committee.',
      alreadySignedIn: (name) =>
        `This browser is already signed in as ${name}: accepting adds this role to that account.`,
      submit: 'Accept the invitation',
      submitting: 'Signing in…',
      failed: 'The invitation could not be accepted. Try again.',
    },
    membersView: 'Members and invitations',
    members: {
      title: 'Members',
      you: 'you',
      noCommittee: 'no committee',
      instanceOwner: 'every edition',
      instanceOwnerHint: 'Runs this Kaigi installation: has every edition, without an invitation.',
      revoke: 'Revoke access',
      confirmRevoke: (name) => `Revoke ${name}’s access to this edition?`,
      confirm: 'Yes, revoke',
      cancel: 'Cancel',
      loadFailed: 'The list of members could not be loaded.',
      revokeFailed: 'The access could not be revoked. Try again.',
      none: 'No members yet.',
    },
    invitations: {
      title: 'Invitation links',
      intro:
        'Create a link and send it to the person you invite: opening it, they give their name and join the edition with the role chosen.',
      role: 'Role',
      committee: 'Committee',
      committeeChosen: 'Their choice',
      expiry: 'Valid for',
      expiryChoice: (hours) => (hours === 24 ? '1 day' : `${hours / 24} days`),
      maxUses: 'Uses at most',
      unlimited: 'no limit',
      maxUsesError: (max) => `A whole number from 1 to ${max}, or nothing for no limit.`,
      create: 'Create the link',
      creating: 'Creating…',
      failed: 'The link was not created.',
      created: 'New invitation link',
      createdHint: 'This link will not be shown again: copy it or have the QR code scanned now.',
      copy: 'Copy the link',
      copied: 'Copied',
      qr: 'QR code of the invitation link',
      active: 'Active links',
      none: 'No active links.',
      uses: (uses, max) =>
        max === null ? (uses === 1 ? '1 use' : `${uses} uses`) : `${uses} / ${max} uses`,
      expiresOn: (date) => `until ${date}`,
      revoke: 'Revoke',
      confirmRevoke: 'Revoke this link? It will no longer work.',
      loadFailed: 'The links could not be loaded.',
      recordViewersOnly: 'This edition is a record: its links invite viewers only.',
    },
    viewerNotice:
      'You have read-only access to this edition: you follow the programme live but cannot change it.',
    lost: {
      'signed-out': 'You were signed out.',
      revoked: 'Your access to this edition was revoked.',
      'read-only': 'Read-only: your change was refused.',
    },
    lostHint: {
      'signed-out':
        'Changes not yet sent were deleted from this device. Reload the page, then sign in again with an invitation link.',
      revoked:
        'The programme was deleted from this device. If this is a mistake, ask an owner for a new link.',
      'read-only':
        'You may read this edition, not change it. Reload the page to see the programme as it is.',
    },
    reload: 'Reload the page',
  },
  meetings: {
    tab: 'Meetings',
    title: 'Committee meetings',
    intro:
      'The steering committees’ meetings: during a meeting, participants send suggestions from their phones, with no account, through a link or a QR code; they appear live on the wall.',
    none: 'No meetings yet.',
    name: (date) => `Meeting of ${date}`,
    create: {
      open: 'New meeting',
      date: 'Date',
      placeFr: 'Place (French)',
      placeJa: 'Place (Japanese)',
      agendaFr: 'Agenda (French)',
      agendaJa: 'Agenda (Japanese)',
      agendaHint: 'One item per line; optional, can be edited later.',
      submit: 'Create the meeting',
      dateError: 'Give the date of the meeting.',
      placeError: 'Give the place, in French or Japanese.',
    },
    date: 'Date',
    place: 'Place',
    agenda: 'Agenda',
    noAgenda: 'No agenda yet.',
    edit: 'Date, place and agenda',
    intake: { open: 'Suggestions open', closed: 'Suggestions closed' },
    openIntake: 'Open suggestions',
    closeIntake: 'Close suggestions',
    suggestionCount: (total, fresh) =>
      total === 0
        ? 'No suggestions'
        : `${total} suggestion${total > 1 ? 's' : ''}${fresh > 0 ? `, ${fresh} to triage` : ''}`,
    openWall: 'Suggestion wall',
    link: {
      get: 'Participant link',
      getting: 'Creating the link…',
      failed: 'The link could not be had. Try again.',
      title: 'Participant link',
      hint: 'No account needed: this link opens only this meeting’s suggestion form. It is always the same link.',
      copy: 'Copy the link',
      copied: 'Copied',
      qr: 'QR code of the participant link',
      showRoom: 'Show full-screen for the room',
    },
    room: {
      call: 'Send your suggestions',
      scan: 'Scan the QR code or open',
      closed: 'Suggestions are closed.',
      close: 'Close',
    },
    wall: {
      title: 'Suggestion wall',
      back: '← Meetings',
      meetingGone: 'This meeting does not exist (any more).',
      filter: 'About',
      all: 'All',
      target: {
        global_theme: 'Global theme',
        workshop: 'Workshop',
        programme: 'Programme',
        other: 'Other',
      },
      join: 'To send a suggestion:',
      fullScreen: 'Full screen',
      exitFullScreen: 'Leave full screen',
      empty: 'No suggestions yet: they will appear here as soon as they are sent.',
      emptyFilter: 'No suggestions about this.',
      anonymous: 'Anonymous',
      supporters: (n) => `+1 · ${n}`,
      support: 'Support (+1)',
      unsupport: 'Take back my +1',
      status: {
        new: 'New',
        kept: 'Kept',
        merged: 'Merged',
        dismissed: 'Dismissed',
        converted: 'Became a session',
      },
      keep: 'Keep',
      dismiss: 'Dismiss',
      restore: 'Back to triage',
      merge: 'Merge…',
      mergeInto: 'Merge into the suggestion',
      mergeConfirm: 'Merge',
      mergeNone: 'No other suggestion in this meeting.',
      cancel: 'Cancel',
      mergedInto: (text) => `Merged into “${text}”`,
      mergedHere: (n) => (n === 1 ? '1 suggestion merged here' : `${n} suggestions merged here`),
      convert: 'Turn into a session…',
      convertTitle: 'New session in the programme',
      convertTheme: 'Workshop theme',
      convertHint:
        'The title repeats the suggestion in both languages: translate it now, or later in the session.',
      convertSubmit: 'Add to the programme',
      became: 'Became the session',
      sessionGone: 'Became a session, since deleted.',
      becameProposal: 'Became a workshop proposal.',
      toProposal: 'Into a workshop proposal',
      toProposalTitle: 'Turn this suggestion into a workshop proposal',
      toProposalCollectivite: 'Proposing local authority',
      toProposalHint:
        'The title is the suggestion’s text; the committee translates it in the proposals view.',
      toProposalSubmit: 'Create the proposal',
      triaged: 'Already triaged',
      refused: (reason) => `Refused: ${reason}`,
    },
  },
  participant: {
    loading: 'Loading…',
    notFound: 'This link leads to no meeting. Check the address or scan the QR code again.',
    loadFailed: 'The meeting could not be loaded. Check the connection.',
    retry: 'Try again',
    intro:
      'Your suggestion appears at once on the meeting’s wall. You may write in French or Japanese.',
    closed: 'Suggestions are closed.',
    closedHint: 'The chair is not taking suggestions at the moment.',
    checkAgain: 'Check again',
    text: 'Your suggestion',
    textHint: 'A few sentences: an idea for a theme, a workshop, a speaker…',
    counter: (n, max) => `${n} / ${max}`,
    name: 'Your name',
    collectivite: 'Your local authority',
    optional: 'optional',
    target: 'It is about',
    targetChoice: {
      global_theme: 'The global theme',
      workshop: 'A workshop',
      programme: 'The programme',
      other: 'Something else',
    },
    workshop: 'Which workshop?',
    send: 'Send',
    sending: 'Sending…',
    errors: {
      text: (max) => `Write your suggestion (at most ${max} characters).`,
      authorName: (max) => `The name may not exceed ${max} characters.`,
      collectivite: (max) => `The local authority’s name may not exceed ${max} characters.`,
      target: 'Choose what your suggestion is about.',
      themeId: 'Choose the workshop.',
      other: 'The suggestion was not sent: check the form.',
      tooMany: 'Too many suggestions from this network: wait a moment, then send again.',
      network: 'The suggestion did not go: check the connection, then send again.',
    },
    thanks: 'Thank you! Your suggestion is on the wall.',
    thanksHint: 'The committee will read it and may keep it for the programme.',
    another: 'Send another suggestion',
    tabs: { suggestion: 'Suggestion', proposal: 'Propose a workshop' },
    proposal: {
      intro:
        'Your local authority proposes a workshop: the committee gets it at once and may put it on the programme.',
      title: 'Workshop title',
      titleHint: 'In your language: the committee will translate it.',
      description: 'Description',
      theme: 'Workshop theme',
      noTheme: 'No theme in particular',
      collectivites: 'Proposing local authorities',
      collectivitesHint: 'One a line (at least one).',
      send: 'Send the proposal',
      errors: {
        title: 'Give the workshop a title.',
        description: 'The description is too long.',
        themeId: 'Choose a theme from the list.',
        collectiviteNames: 'Name at least one local authority (one a line).',
      },
      thanks: 'Thank you! Your workshop proposal has reached the committee.',
      thanksHint: 'The committee will review it and keep you informed.',
      another: 'Propose another workshop',
    },
  },
  proposals: {
    tab: 'Proposals',
    title: 'Workshop proposals',
    intro:
      'Workshops proposed by the local authorities, to review and translate together. An accepted proposal becomes a session of the programme.',
    none: 'No proposals.',
    status: {
      submitted: 'Submitted',
      under_review: 'Under review',
      accepted: 'Accepted',
      merged: 'Merged',
      declined: 'Declined',
    },
    create: 'New proposal',
    createSubmit: 'Add the proposal',
    proposalTitle: 'Title',
    description: 'Description',
    theme: 'Workshop theme',
    noTheme: 'No theme',
    collectivites: 'Proposing local authorities',
    collectivitesHint: 'One a line.',
    fromSuggestion: 'From a suggestion:',
    comments: (n) => (n === 0 ? 'No comments' : n === 1 ? '1 comment' : `${n} comments`),
    comment: 'Your comment',
    commentSend: 'Comment',
    review: 'Put under review',
    decline: 'Decline',
    reopen: 'Back to submitted',
    merge: 'Merge…',
    mergeInto: 'Merge into',
    mergeConfirm: 'Merge',
    mergeNone: 'No other open proposal.',
    mergedInto: 'Merged into:',
    accept: 'Accept…',
    acceptTitle: 'Accept: create the workshop session',
    acceptSubmit: 'Accept and create the session',
    sessionCreated: 'Session created:',
    sessionGone: 'Its session was deleted.',
    cancel: 'Cancel',
    refused: (reason) => `Refused: ${reason}`,
  },
  form: {
    title: 'Participation form',
    loading: 'Loading…',
    notFound: 'This link leads to no participation form. Check the address.',
    loadFailed: 'The form could not be loaded. Check the connection.',
    retry: 'Try again',
    intro: 'Register your local authority: one form per delegation.',
    deadline: (when) => `To send before ${when}`,
    closed: 'Registration is closed.',
    closedHint: 'The deadline has passed. For a late registration, write to the committee.',
    collectivite: 'Local authority',
    pick: 'Choose from the list…',
    notListed: 'It is not in the list',
    newName: 'Name of the local authority',
    country: 'Country',
    countries: { FR: 'France', JP: 'Japan' },
    contactName: 'Contact person',
    email: 'E-mail',
    delegates: 'Number of delegates',
    workshops: 'Workshops of interest',
    noWorkshops: 'The workshops are not set yet.',
    wantsToSpeak: 'We wish to speak',
    wantsToPropose: 'We wish to propose a workshop',
    send: 'Send the form',
    sending: 'Sending…',
    errors: {
      collectiviteId: 'Choose your local authority from the list.',
      collectiviteName: 'Choose your local authority, or give its name.',
      country: 'Choose the country.',
      contactName: 'Give a contact person.',
      email: 'Give a valid e-mail address.',
      delegates: 'Between 1 and 200 delegates.',
      workshopIds: 'One of the workshops chosen no longer exists: untick it.',
      other: 'The form was not sent: check it.',
      tooMany: 'Too many forms from this network: wait a moment, then send again.',
      network: 'The form did not go: check the connection, then send again.',
    },
    thanks: 'Thank you! Your registration is recorded.',
    thanksHint: 'The committee will contact you at the address given.',
  },
  registrations: {
    tab: 'Registrations',
    title: 'Registrations',
    intro: 'The local authorities’ participation forms, live.',
    deadline: 'Deadline',
    save: 'Save the deadline',
    saving: 'Saving…',
    saved: 'Deadline saved.',
    saveFailed: 'The deadline was not saved.',
    noForm: 'No form yet: set its deadline to get its link.',
    link: 'Link to the form',
    copy: 'Copy',
    copied: 'Copied',
    qr: 'QR code of the participation form',
    open: 'Open',
    closed: 'Closed',
    counts: (c) =>
      `${c.participants} participant${c.participants === 1 ? '' : 's'}, ${c.collectivites} local authorit${c.collectivites === 1 ? 'y' : 'ies'}: ${c.byCountry.FR.collectivites} FR, ${c.byCountry.JP.collectivites} JP`,
    none: 'No registrations yet.',
    collectivite: 'Local authority',
    country: 'Country',
    delegates: 'Delegates',
    workshops: 'Workshops',
    speaks: 'Speak',
    proposes: 'Propose',
    yes: 'yes',
    exportCsv: 'Export CSV',
  },
  versions: {
    tab: 'Versions',
    title: 'Programme versions',
    intro:
      'Save the programme as it stands under a name, compare two versions or a version with now, restore one or publish it.',
    viewerIntro:
      'The states of the programme saved by the committees: compare them with each other or with now, or preview one.',
    nameLabel: 'Version name',
    namePlaceholder: 'Version shown to the committee on 18/09',
    save: 'Save a version',
    saving: 'Saving…',
    saveFailed: 'The version was not saved.',
    loading: 'Loading…',
    loadFailed: 'The versions could not be loaded.',
    none: 'No version saved yet.',
    savedBy: (author, when) => `by ${author}, ${when}`,
    published: 'Published',
    wasPublished: 'Was published',
    compareNow: 'Compare with now',
    compareWith: 'Compare with…',
    pickVersion: 'Choose a version',
    preview: 'Preview',
    closePreview: 'Close the preview',
    previewTitle: (name) => `Preview of “${name}” (read-only)`,
    restore: 'Restore',
    restoreQuestion: (name) =>
      `Put the programme back as it was in “${name}”? This is added as one change, for everyone.`,
    restoreConfirm: 'Yes, restore',
    restored: 'Version restored.',
    restoreFailed: 'The version was not restored.',
    publish: 'Publish',
    publishQuestion: (name) => `Publish “${name}” as the official programme?`,
    publishConfirm: 'Yes, publish',
    publishFailed: 'The version was not published.',
    cancel: 'Cancel',
    close: 'Close',
    comparison: (from, to) => (to === null ? `From “${from}” to now` : `From “${from}” to “${to}”`),
    noChanges: 'No difference in the programme.',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    moved: (from, to) => `Moved from ${from} to ${to}`,
    placeSeparator: ', ',
    noRoom: 'no room',
    unknownRoom: 'deleted room',
    field: { title: 'Title', description: 'Description' },
    lang: { fr: 'FR', ja: 'JA', en: 'EN' },
    otherFields: (names) => `Also changed: ${names.join(', ')}`,
    fieldName: {
      kind: 'kind',
      themeId: 'theme',
      moderatorIds: 'moderators',
      speakerIds: 'speakers',
      rapporteurIds: 'rapporteurs',
      witnessIds: 'key witnesses',
      interpretation: 'interpretation',
      status: 'status',
    },
    removedWords: 'removed',
    addedWords: 'added',
  },
  activity: {
    tab: 'Activity',
    title: 'Activity of the edition',
    intro:
      'Who changed what, and when: the changes of members and participants, newest first. The list updates by itself.',
    sessionFilter: 'Session',
    sessionSeparator: ' · ',
    allSessions: 'All changes',
    deletedSession: 'Deleted session',
    memberFilter: 'Member',
    allMembers: 'Everyone',
    clearFilters: 'Show all',
    loading: 'Loading…',
    loadFailed: 'The activity could not be loaded.',
    retry: 'Try again',
    none: 'No changes recorded yet.',
    noneFiltered: 'No changes match these filters.',
    loadMore: 'Show older changes',
    loadingMore: 'Loading…',
    actor: enActor,
    sentence: (phrase) => {
      // A participant is quoted as they named themselves: never taken for a member.
      const who =
        phrase.actorKind === 'member'
          ? enActor(phrase.actorName, phrase.committee)
          : phrase.actorKind === 'kaigi'
            ? 'Kaigi'
            : phrase.actorName
              ? `The participant ${enQuoted(phrase.actorName)}`
              : 'A participant'
      const thing = (wordsFor(EN_THINGS, phrase.section) ?? enQuoted)(phrase.label)
      if (phrase.action === 'created') {
        // A local authority's own form, sent under its name.
        if (phrase.section === 'registrations' && phrase.actorName === phrase.label) {
          return `${enQuoted(phrase.label)} sent its participation form`
        }
        return `${who} ${wordsFor(EN_CREATED, phrase.section) ?? 'created'} ${thing}`
      }
      if (phrase.action === 'deleted') return `${who} deleted ${thing}`
      // A local authority's form sent again under its name: an amendment.
      if (phrase.section === 'registrations' && phrase.actorName === phrase.label) {
        return `${enQuoted(phrase.label)} amended its participation form`
      }
      if (phrase.moved) {
        const what = phrase.fields.includes('roomId') ? 'time and room' : 'time'
        return `${who} moved ${enQuoted(phrase.label)} (${what})`
      }
      const owner =
        phrase.section === 'meta'
          ? 'the edition'
          : phrase.section === 'sessions'
            ? enQuoted(phrase.label)
            : thing
      if (phrase.fields.length === 0) return `${who} edited ${owner}`
      // Typing is editing; a time, a room or a list is changed.
      const verb = phrase.fields.every(
        (path) => wordsFor(EN_TEXTS, path.split('.')[0] ?? '') !== undefined || path === 'text',
      )
        ? 'edited'
        : 'changed'
      return `${who} ${verb} ${enList(phrase.fields.map(enField))} of ${owner}`
    },
    today: 'Today',
    yesterday: 'Yesterday',
    span: (from, to) => `${from} – ${to}`,
    changes: (n) => `(${n} changes)`,
    sessionHistory: 'History of this session',
    openSession: 'Open in the programme',
  },
  exports: {
    tab: 'Export',
    title: 'Export the programme',
    intro:
      'Download the programme to print it, edit it, put it online, or import it into a calendar or a conference app.',
    published: (name, when) =>
      `The published programme is the version “${name}”, published on ${when}.`,
    nothingPublished: 'No programme has been published yet.',
    publishHint: 'To publish, save a version in the Versions tab, then click “Publish”.',
    versionsLink: 'Go to versions',
    loadFailed: 'The versions could not be loaded.',
    publicPage: 'Public page of the programme',
    publicPageHint: 'This address shows the published programme to anyone, without an account.',
    copy: 'Copy link',
    copied: 'Link copied',
    source: 'Which programme?',
    sourceChoice: { published: 'The published programme', draft: 'The current draft' },
    sourceHint: {
      published: 'The one everyone sees.',
      draft: 'The working state, with the latest changes, not published.',
    },
    lang: 'Language',
    langChoice: {
      both: 'French and Japanese side by side',
      fr: 'French only',
      ja: 'Japanese only',
    },
    langTag: { both: 'FR + JA', fr: 'FR', ja: 'JA' },
    langHint: 'Applies to the PDF, the Word document, the web page and the calendar.',
    files: 'Files',
    file: {
      'programme.pdf': {
        name: 'PDF to print',
        about: 'The programme laid out, ready to print or send.',
      },
      'programme.docx': {
        name: 'Word document to edit',
        about: 'To adjust the text or layout before sending it out.',
      },
      'index.html': {
        name: 'Web page',
        about: 'A self-contained page to put on the conference website.',
      },
      'programme.ics': {
        name: 'Calendar (.ics)',
        about:
          'Each session as an event, to import into Google Calendar, Outlook or a phone’s calendar.',
      },
      'schedule.json': {
        name: 'frab schedule (JSON)',
        about: 'The format conference apps (Giggity, ConfClerk…) and video teams read.',
      },
      'schedule.xml': {
        name: 'frab schedule (XML)',
        about: 'The same frab schedule in XML, for tools that prefer it.',
      },
      'sessions.csv': {
        name: 'Sessions spreadsheet (CSV)',
        about: 'One row per session, to open in Excel or LibreOffice.',
      },
      'registrations.csv': {
        name: 'Registrations (CSV)',
        about:
          'The participation forms received, with the contacts’ details. Always the current state.',
      },
    },
    noFiles: 'Nothing to download until a programme is published.',
    internal: 'For the committees only',
    internalHint: 'Personal data: do not share.',
  },
  programmeFile: enWords.file,
}
