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
}
