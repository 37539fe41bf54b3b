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
}
