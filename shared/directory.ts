import * as z from 'zod'
import {
  CollectiviteKind,
  CollectiviteKindSchema,
  Country,
  CountrySchema,
} from './doc/edition/schema'

/**
 * The directory of collectivités across editions, kept in the database only:
 * its contacts are personal data and never enter a shared document.
 */

/** The language a contact reads their letters in. */
export const ContactLanguage = { French: 'fr', Japanese: 'ja' } as const
export type ContactLanguage = (typeof ContactLanguage)[keyof typeof ContactLanguage]
export const ContactLanguageSchema = z.enum(ContactLanguage)

const Name = z.string().trim().max(200)

/** A contact of a collectivité as the directory keeps it. */
export const DirectoryContactSchema = z.object({
  name: z.string().trim().min(1).max(100),
  function: z.string().trim().max(200),
  email: z.email().max(200),
  language: ContactLanguageSchema,
})
export type DirectoryContact = z.infer<typeof DirectoryContactSchema>

/** What the directory says of a collectivité, without its id and times. */
export const DirectoryCollectiviteFieldsSchema = z
  .object({
    nameFr: Name,
    nameJa: Name,
    country: CountrySchema,
    kind: CollectiviteKindSchema,
    address: z.string().trim().max(500),
    contacts: z.array(DirectoryContactSchema).max(50),
  })
  .refine((fields) => fields.nameFr.length > 0 || fields.nameJa.length > 0, {
    path: ['nameFr'],
    message: 'name the collectivité in French or Japanese',
  })
export type DirectoryCollectiviteFields = z.infer<typeof DirectoryCollectiviteFieldsSchema>

/** A collectivité of the directory, as `GET /api/directory` lists it. */
export const DirectoryCollectiviteSchema = z.object({
  id: z.string(),
  nameFr: z.string(),
  nameJa: z.string(),
  country: CountrySchema,
  kind: CollectiviteKindSchema,
  address: z.string(),
  contacts: z.array(DirectoryContactSchema),
  /** The editions it took part in. */
  editionIds: z.array(z.string()),
  /** The same editions with their numbers (null for one whose document says none), by number. */
  editions: z.array(z.object({ id: z.string(), number: z.number().int().nullable() })),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type DirectoryCollectivite = z.infer<typeof DirectoryCollectiviteSchema>

export const DirectoryListSchema = z.object({ collectivites: z.array(DirectoryCollectiviteSchema) })
export type DirectoryList = z.infer<typeof DirectoryListSchema>

/** What `POST /api/directory` and `PUT /api/directory/:id` answer: the entry as it now is. */
export const DirectoryEntryResponseSchema = z.object({ collectivite: DirectoryCollectiviteSchema })
export type DirectoryEntryResponse = z.infer<typeof DirectoryEntryResponseSchema>

/**
 * Why `DELETE /api/directory/:id` is refused (409): an edition's collectivité
 * links to the entry, and its letters would lose their recipient. The error's
 * issues name each, as `<editionId>/<collectiviteId>`.
 */
export const DIRECTORY_ENTRY_LINKED = 'directory_entry_linked'

/**
 * The spreadsheet's columns, in the order the export writes them, with the
 * headings each is recognised by in French (the export's), Japanese and
 * English. Headings are compared after NFKC (full-width brackets count),
 * without case or spaces.
 */
export const DirectoryColumn = {
  NameFr: 'nameFr',
  NameJa: 'nameJa',
  Country: 'country',
  Kind: 'kind',
  Address: 'address',
  Contact: 'contact',
  Function: 'function',
  Email: 'email',
  Language: 'language',
  /** The numbers of the editions it took part in: `5; 6; 7`. */
  Editions: 'editions',
} as const
export type DirectoryColumn = (typeof DirectoryColumn)[keyof typeof DirectoryColumn]

export const DIRECTORY_HEADINGS: Readonly<Record<DirectoryColumn, readonly string[]>> = {
  nameFr: ['Nom (FR)', '名称 (FR)', '名称（仏）', 'Name (FR)'],
  nameJa: ['Nom (JA)', '名称 (JA)', '名称（日）', 'Name (JA)'],
  country: ['Pays', '国', 'Country'],
  kind: ['Type', '種別', 'Kind'],
  address: ['Adresse', '住所', 'Address'],
  contact: ['Contact', '担当者', 'Contact name'],
  function: ['Fonction', '役職', 'Function'],
  email: ['Courriel', 'メール', 'E-mail', 'Email'],
  language: ['Langue', '言語', 'Language'],
  editions: ['Éditions', '回', 'Editions', '参加回'],
}

/** The columns a file must have; the others may be left out. */
export const REQUIRED_DIRECTORY_COLUMNS: readonly DirectoryColumn[] = ['country', 'kind']

/** Why a row of an imported file is refused, for the preview to say it in the reader's language. */
export const DirectoryRowProblem = {
  /** Neither a French nor a Japanese name. */
  MissingName: 'missing_name',
  InvalidCountry: 'invalid_country',
  InvalidKind: 'invalid_kind',
  /** A kind of the other country (a 町 in France). */
  KindNotInCountry: 'kind_not_in_country',
  InvalidEmail: 'invalid_email',
  InvalidLanguage: 'invalid_language',
  /** A contact's e-mail without their name, or their name without an e-mail. */
  IncompleteContact: 'incomplete_contact',
  TooLong: 'too_long',
  /** The same collectivité and contact as an earlier line. */
  Duplicate: 'duplicate',
  /** The same collectivité as an earlier line, with other name, kind or address. */
  Conflicting: 'conflicting',
  /** Its French name is one collectivité of the directory, its Japanese name another. */
  Ambiguous: 'ambiguous',
  /** An editions cell that is not a list of numbers (`5; 6; 7`). */
  InvalidEditions: 'invalid_editions',
} as const
export type DirectoryRowProblem = (typeof DirectoryRowProblem)[keyof typeof DirectoryRowProblem]

/** A refused line: its number in the file (the headings are line 1), the column at fault, why. */
export const RefusedRowSchema = z.object({
  line: z.number().int(),
  column: z.enum(DirectoryColumn).nullable(),
  code: z.enum(DirectoryRowProblem),
  /** The earlier line it repeats or contradicts. */
  sameAsLine: z.number().int().nullable(),
})
export type RefusedRow = z.infer<typeof RefusedRowSchema>

/** A collectivité the import would add or change, with the lines it comes from. */
export const ImportedCollectiviteSchema = z.object({
  lines: z.array(z.number().int()),
  /** The directory's id of the one it updates; null for a new one. */
  id: z.string().nullable(),
  nameFr: z.string(),
  nameJa: z.string(),
  country: CountrySchema,
  /** The numbers of the editions whose participation it records, not recorded yet. */
  newEditions: z.array(z.number().int()),
})
export type ImportedCollectivite = z.infer<typeof ImportedCollectiviteSchema>

/** What `POST /api/directory/import/preview` answers, and `POST /api/directory/import` did. */
export const DirectoryImportReportSchema = z.object({
  added: z.array(ImportedCollectiviteSchema),
  updated: z.array(ImportedCollectiviteSchema),
  /** Collectivités of the file the directory already holds as they are. */
  unchanged: z.number().int(),
  refused: z.array(RefusedRowSchema),
  /** Edition numbers the file names that no edition of Kaigi has: their participations are not recorded. */
  unknownEditions: z.array(z.number().int()),
})
export type DirectoryImportReport = z.infer<typeof DirectoryImportReportSchema>

/** The largest file the import reads, in rows after the headings. */
export const MAX_DIRECTORY_ROWS = 2000

/** The country of a cell: its code, or its name in one of the three languages. */
export const COUNTRY_WORDS: Readonly<Record<string, Country>> = {
  fr: Country.France,
  france: Country.France,
  フランス: Country.France,
  仏: Country.France,
  jp: Country.Japan,
  ja: Country.Japan,
  japon: Country.Japan,
  japan: Country.Japan,
  日本: Country.Japan,
}

/** The kind of a cell: its code, or its usual word in French or Japanese. */
export const KIND_WORDS: Readonly<Record<string, CollectiviteKind>> = {
  commune: CollectiviteKind.Commune,
  departement: CollectiviteKind.Departement,
  département: CollectiviteKind.Departement,
  region: CollectiviteKind.Region,
  région: CollectiviteKind.Region,
  intercommunality: CollectiviteKind.Intercommunality,
  intercommunalité: CollectiviteKind.Intercommunality,
  intercommunalite: CollectiviteKind.Intercommunality,
  métropole: CollectiviteKind.Intercommunality,
  city: CollectiviteKind.City,
  市: CollectiviteKind.City,
  town: CollectiviteKind.Town,
  町: CollectiviteKind.Town,
  village: CollectiviteKind.Village,
  村: CollectiviteKind.Village,
  prefecture: CollectiviteKind.Prefecture,
  préfecture: CollectiviteKind.Prefecture,
  県: CollectiviteKind.Prefecture,
  都道府県: CollectiviteKind.Prefecture,
}

/** The language of a cell: its code, or its name in one of the three languages. */
export const LANGUAGE_WORDS: Readonly<Record<string, ContactLanguage>> = {
  fr: ContactLanguage.French,
  français: ContactLanguage.French,
  francais: ContactLanguage.French,
  french: ContactLanguage.French,
  フランス語: ContactLanguage.French,
  ja: ContactLanguage.Japanese,
  jp: ContactLanguage.Japanese,
  japonais: ContactLanguage.Japanese,
  japanese: ContactLanguage.Japanese,
  日本語: ContactLanguage.Japanese,
}
