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
    connected: 'Connected',
    offline: 'Offline',
    refused: 'Refused',
  },
  statusHint: {
    connecting: 'Connecting to the server.',
    connected: 'Your changes reach the others live.',
    offline: 'You can keep writing: your changes will be sent when the connection returns.',
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
}
