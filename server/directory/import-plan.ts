import {
  COUNTRY_WORDS,
  type DirectoryColumn,
  type DirectoryContact,
  DirectoryContactSchema,
  type DirectoryImportReport,
  DirectoryRowProblem,
  type ImportedCollectivite,
  KIND_WORDS,
  LANGUAGE_WORDS,
  type RefusedRow,
} from '../../shared/directory'
import {
  COLLECTIVITE_KINDS_BY_COUNTRY,
  type CollectiviteKind,
  type Country,
} from '../../shared/doc/edition/schema'
import type { Sheet, SheetRow } from './directory-sheet'

/** A collectivité of the directory as the import compares it. */
export interface DirectoryEntry {
  id: string
  nameFr: string
  nameJa: string
  country: Country
  kind: CollectiviteKind
  address: string
  contacts: DirectoryContact[]
  /** The editions it took part in. */
  editionIds: readonly string[]
}

/** A collectivité as an import writes it: its fields, and the participations to record. */
type WrittenEntry = Omit<DirectoryEntry, 'editionIds'> & { addEditionIds: string[] }

/** What an import writes: new collectivités, and the new state of those it changes. */
export interface ImportWrites {
  add: Omit<WrittenEntry, 'id'>[]
  update: WrittenEntry[]
}

const LIMITS = { name: 200, address: 500, contactName: 100, function: 200, email: 200 }

/** A value as matched: NFKC (full-width letters fold), no case, spaces collapsed. */
export const matchKey = (value: string) =>
  value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

const wordOf = <T>(words: Readonly<Record<string, T>>, cell: string): T | undefined =>
  words[matchKey(cell)]

type Fields = Omit<DirectoryEntry, 'id' | 'contacts' | 'editionIds'>

/**
 * An edition's number as the committees write it: `5`, `5e`, `5th`, `第5回`.
 * è, 第 and 回 are written as escapes: esbuild escapes the characters beyond
 * ASCII in the bundle's strings but not in its regular expressions, and the
 * server starts sooner from an ASCII bundle (scripts/code-cache.mjs;
 * tests/scripts/start.test.ts holds it to ASCII).
 */
const EDITION_NUMBER = /^\u7b2c?(\d{1,3})(?:e|\u00e8|\u00e8me|eme|er|re|th|st|nd|rd|\u56de)?$/i

/** The edition numbers of a cell (`5; 6; 7`, `5e, 6e`, `第5回、第6回`), or null if it says something else. */
export function editionNumbers(cell: string): number[] | null {
  const tokens = cell
    .normalize('NFKC')
    // \u3001 is 、, the Japanese comma.
    .split(/[;,\u3001\s]+/)
    .filter((token) => token !== '')
  const numbers: number[] = []
  for (const token of tokens) {
    const found = EDITION_NUMBER.exec(token)?.[1]
    if (found === undefined || Number(found) === 0) return null
    if (!numbers.includes(Number(found))) numbers.push(Number(found))
  }
  return numbers.sort((a, b) => a - b)
}

/** A row read: the collectivité's fields and its contact, or why it is refused. */
type ReadRow =
  | {
      ok: true
      line: number
      fields: Fields
      contact: DirectoryContact | null
      editions: number[]
    }
  | { ok: false; refusal: RefusedRow }

const refuse = (
  line: number,
  code: DirectoryRowProblem,
  column: DirectoryColumn | null,
  sameAsLine: number | null = null,
): { ok: false; refusal: RefusedRow } => ({
  ok: false,
  refusal: { line, column, code, sameAsLine },
})

function readRow(row: SheetRow): ReadRow {
  const cell = (column: DirectoryColumn) => row.cells[column] ?? ''
  const nameFr = cell('nameFr')
  const nameJa = cell('nameJa')
  if (!nameFr && !nameJa) return refuse(row.line, DirectoryRowProblem.MissingName, 'nameFr')
  if (nameFr.length > LIMITS.name) return refuse(row.line, DirectoryRowProblem.TooLong, 'nameFr')
  if (nameJa.length > LIMITS.name) return refuse(row.line, DirectoryRowProblem.TooLong, 'nameJa')
  const country = wordOf(COUNTRY_WORDS, cell('country'))
  if (!country) return refuse(row.line, DirectoryRowProblem.InvalidCountry, 'country')
  const kind = wordOf(KIND_WORDS, cell('kind'))
  if (!kind) return refuse(row.line, DirectoryRowProblem.InvalidKind, 'kind')
  if (!COLLECTIVITE_KINDS_BY_COUNTRY[country].includes(kind)) {
    return refuse(row.line, DirectoryRowProblem.KindNotInCountry, 'kind')
  }
  const address = cell('address')
  if (address.length > LIMITS.address)
    return refuse(row.line, DirectoryRowProblem.TooLong, 'address')
  const fields = { nameFr, nameJa, country, kind, address }
  const editions = editionNumbers(cell('editions'))
  if (!editions) return refuse(row.line, DirectoryRowProblem.InvalidEditions, 'editions')

  const name = cell('contact')
  const email = cell('email')
  const role = cell('function')
  const languageCell = cell('language')
  if (!name && !email && !role) {
    return { ok: true, line: row.line, fields, contact: null, editions }
  }
  if (!name) return refuse(row.line, DirectoryRowProblem.IncompleteContact, 'contact')
  if (!email) return refuse(row.line, DirectoryRowProblem.IncompleteContact, 'email')
  if (name.length > LIMITS.contactName)
    return refuse(row.line, DirectoryRowProblem.TooLong, 'contact')
  if (role.length > LIMITS.function)
    return refuse(row.line, DirectoryRowProblem.TooLong, 'function')
  if (!DirectoryContactSchema.shape.email.safeParse(email).success) {
    return refuse(row.line, DirectoryRowProblem.InvalidEmail, 'email')
  }
  // No language said: the contact reads their country's.
  const language = languageCell
    ? wordOf(LANGUAGE_WORDS, languageCell)
    : country === 'JP'
      ? 'ja'
      : 'fr'
  if (!language) return refuse(row.line, DirectoryRowProblem.InvalidLanguage, 'language')
  return {
    ok: true,
    line: row.line,
    fields,
    contact: { name, function: role, email, language },
    editions,
  }
}

/** The collectivités of one file, each with the lines that spell it. */
interface Group {
  lines: number[]
  fields: Fields
  /** The edition numbers its rows name, together. */
  editions: Set<number>
  contacts: Array<DirectoryContact & { line: number }>
  /** The line of a row that named no contact. */
  bareLine: number | null
}

/** Whether two collectivités are the same one: same country, and the same French or Japanese name. */
const sameCollectivite = (
  a: { nameFr: string; nameJa: string; country: Country },
  b: { nameFr: string; nameJa: string; country: Country },
) =>
  a.country === b.country &&
  ((a.nameFr !== '' && matchKey(a.nameFr) === matchKey(b.nameFr)) ||
    (a.nameJa !== '' && matchKey(a.nameJa) === matchKey(b.nameJa)))

const sameFields = (a: Fields, b: Fields) =>
  a.nameFr === b.nameFr &&
  a.nameJa === b.nameJa &&
  a.country === b.country &&
  a.kind === b.kind &&
  a.address === b.address

const sameContacts = (a: readonly DirectoryContact[], b: readonly DirectoryContact[]) =>
  a.length === b.length &&
  a.every(
    (contact, index) =>
      contact.name === b[index]?.name &&
      contact.function === b[index]?.function &&
      contact.email === b[index]?.email &&
      contact.language === b[index]?.language,
  )

/**
 * What importing `sheet` into a directory holding `existing` would do: the
 * rows refused and why, the collectivités added, updated (matched by French
 * or Japanese name and country) and unchanged. One collectivité may take
 * several rows, one per contact. The file says what the directory holds of
 * each collectivité it names: a column it lacks leaves that value as it is,
 * and its contacts replace the directory's when it has contact columns. Its
 * editions column adds participations in the editions of those numbers
 * (`editionsByNumber`), and never takes one away: a registration is a fact
 * that a spreadsheet kept before it does not undo.
 */
export function planImport(
  sheet: Sheet,
  existing: readonly DirectoryEntry[],
  editionsByNumber: ReadonlyMap<number, string> = new Map(),
): { report: DirectoryImportReport; writes: ImportWrites } {
  const refused: RefusedRow[] = []
  const groups: Group[] = []
  for (const row of sheet.rows) {
    const read = readRow(row)
    if (!read.ok) {
      refused.push(read.refusal)
      continue
    }
    const group = groups.find((each) => sameCollectivite(each.fields, read.fields))
    if (!group) {
      groups.push({
        lines: [read.line],
        fields: read.fields,
        editions: new Set(read.editions),
        contacts: read.contact ? [{ ...read.contact, line: read.line }] : [],
        bareLine: read.contact ? null : read.line,
      })
      continue
    }
    const first = group.lines[0] ?? read.line
    if (!sameFields(group.fields, read.fields)) {
      refused.push({
        line: read.line,
        column: null,
        code: DirectoryRowProblem.Conflicting,
        sameAsLine: first,
      })
      continue
    }
    const repeated = read.contact
      ? group.contacts.find((each) => matchKey(each.email) === matchKey(read.contact?.email ?? ''))
      : null
    if (repeated || (!read.contact && (group.bareLine !== null || group.contacts.length > 0))) {
      const sameAsLine = repeated?.line ?? group.bareLine ?? group.contacts[0]?.line ?? first
      refused.push({
        line: read.line,
        column: null,
        code: DirectoryRowProblem.Duplicate,
        sameAsLine,
      })
      continue
    }
    group.lines.push(read.line)
    for (const number of read.editions) group.editions.add(number)
    if (read.contact) group.contacts.push({ ...read.contact, line: read.line })
  }

  const hasContacts = (['contact', 'function', 'email', 'language'] as const).some((column) =>
    sheet.columns.has(column),
  )
  const added: ImportedCollectivite[] = []
  const updated: ImportedCollectivite[] = []
  let unchanged = 0
  const writes: ImportWrites = { add: [], update: [] }
  const claimed = new Map<string, number>()
  const unknownEditions = new Set<number>()
  for (const group of groups) {
    const first = group.lines[0] ?? 0
    const matches = existing.filter((entry) => sameCollectivite(group.fields, entry))
    const contacts = group.contacts.map(({ line: _line, ...contact }) => contact)
    const named = [...group.editions].flatMap((number) => {
      const editionId = editionsByNumber.get(number)
      if (editionId === undefined) unknownEditions.add(number)
      return editionId === undefined ? [] : [{ number, editionId }]
    })
    const newEditions = (had: readonly string[]) =>
      named.filter((each) => !had.includes(each.editionId))
    const summary = (id: string | null, had: readonly string[]): ImportedCollectivite => ({
      lines: group.lines,
      id,
      nameFr: group.fields.nameFr,
      nameJa: group.fields.nameJa,
      country: group.fields.country,
      newEditions: newEditions(had).map((each) => each.number),
    })
    const [match, other] = matches
    if (other) {
      for (const line of group.lines) {
        refused.push({ line, column: null, code: DirectoryRowProblem.Ambiguous, sameAsLine: null })
      }
      continue
    }
    if (!match) {
      added.push(summary(null, []))
      writes.add.push({
        ...group.fields,
        contacts,
        addEditionIds: named.map((each) => each.editionId),
      })
      continue
    }
    const earlier = claimed.get(match.id)
    if (earlier !== undefined) {
      for (const line of group.lines) {
        refused.push({
          line,
          column: null,
          code: DirectoryRowProblem.Conflicting,
          sameAsLine: earlier,
        })
      }
      continue
    }
    claimed.set(match.id, first)
    const kept = (column: DirectoryColumn, key: 'nameFr' | 'nameJa' | 'address') =>
      sheet.columns.has(column) ? group.fields[key] : match[key]
    const next: WrittenEntry = {
      id: match.id,
      nameFr: kept('nameFr', 'nameFr'),
      nameJa: kept('nameJa', 'nameJa'),
      country: match.country,
      kind: group.fields.kind,
      address: kept('address', 'address'),
      contacts: hasContacts ? contacts : match.contacts,
      addEditionIds: newEditions(match.editionIds).map((each) => each.editionId),
    }
    if (
      sameFields(next, match) &&
      sameContacts(next.contacts, match.contacts) &&
      next.addEditionIds.length === 0
    ) {
      unchanged++
      continue
    }
    updated.push(summary(match.id, match.editionIds))
    writes.update.push(next)
  }
  refused.sort((a, b) => a.line - b.line)
  return {
    report: {
      added,
      updated,
      unchanged,
      refused,
      unknownEditions: [...unknownEditions].sort((a, b) => a - b),
    },
    writes,
  }
}
