/**
 * What a transaction did to an edition, entity by entity: the raw material
 * of the activity ("Aiko (JP) edited the Japanese title of Atelier 2"). It
 * is read from the Yjs events of the transaction as it is applied, so it
 * says what the stored update did, whoever sent it.
 */
import * as Y from 'yjs'
import { ActivityAction } from '../../activity'
import { editionSections, META_SECTION, type Section, sectionEntry } from './layout'
import {
  type Collection,
  CollectiviteFieldsSchema,
  DayFieldsSchema,
  EditionMetaSchema,
  IdSchema,
  LANGS,
  type LocalizedText,
  MeetingFieldsSchema,
  PersonFieldsSchema,
  ProposalCommentFieldsSchema,
  ProposalFieldsSchema,
  RegistrationFieldsSchema,
  RoomFieldsSchema,
  SessionFieldsSchema,
  SuggestionFieldsSchema,
  ThemeFieldsSchema,
  VenueFieldsSchema,
} from './schema'

export interface EntityChange {
  section: Section
  /** Empty for the edition's details (`meta`). */
  entityId: string
  action: ActivityAction
  /** Field paths changed (`title.ja`, `start`); empty for a creation or deletion. */
  fields: string[]
}

/**
 * The fields of each section, from its schema: a key that no schema names
 * (a foreign client's) is no field of the programme, and no activity.
 */
const KNOWN_FIELDS: Record<Section, ReadonlySet<string>> = {
  meta: new Set(Object.keys(EditionMetaSchema.shape)),
  days: new Set(Object.keys(DayFieldsSchema.shape)),
  venues: new Set(Object.keys(VenueFieldsSchema.shape)),
  rooms: new Set(Object.keys(RoomFieldsSchema.shape)),
  themes: new Set(Object.keys(ThemeFieldsSchema.shape)),
  sessions: new Set(Object.keys(SessionFieldsSchema.shape)),
  persons: new Set(Object.keys(PersonFieldsSchema.shape)),
  collectivites: new Set(Object.keys(CollectiviteFieldsSchema.shape)),
  meetings: new Set(Object.keys(MeetingFieldsSchema.shape)),
  suggestions: new Set(Object.keys(SuggestionFieldsSchema.shape)),
  registrations: new Set(Object.keys(RegistrationFieldsSchema.shape)),
  proposals: new Set(Object.keys(ProposalFieldsSchema.shape)),
  proposalComments: new Set(Object.keys(ProposalCommentFieldsSchema.shape)),
}

/**
 * The most entities one transaction reports. A restore touches a few
 * hundred; a crafted update with a hundred thousand keys must not make a
 * hundred thousand entries.
 */
export const MAX_ENTITY_CHANGES = 1000

const isId = (key: string): boolean => IdSchema.safeParse(key).success

/** The field of each collection's entries that names them in the activity. */
const LABEL_FIELD: Record<Collection, string> = {
  days: 'label',
  venues: 'name',
  rooms: 'name',
  themes: 'title',
  sessions: 'title',
  persons: 'name',
  collectivites: 'name',
  meetings: 'date',
  suggestions: 'text',
  registrations: 'collectiviteName',
  proposals: 'title',
  proposalComments: 'text',
}

/** A plain-text label is cut to this length: a suggestion is not a title. */
const MAX_LABEL_LENGTH = 80

const cut = (text: string): string =>
  text.length > MAX_LABEL_LENGTH ? `${text.slice(0, MAX_LABEL_LENGTH - 1)}…` : text

/**
 * The name of `entry` (an entity's map, or the metadata's) in every
 * language: its title or name, or a plain text given in all three.
 */
export function entityLabel(section: Section, entry: Y.Map<unknown>): LocalizedText {
  const value = entry.get(section === META_SECTION ? 'title' : LABEL_FIELD[section])
  if (value instanceof Y.Map) {
    const text = (lang: string) => {
      const part = value.get(lang)
      return cut(part instanceof Y.Text ? part.toString() : typeof part === 'string' ? part : '')
    }
    return { fr: text('fr'), ja: text('ja'), en: text('en') }
  }
  const plain = typeof value === 'string' ? cut(value) : ''
  return { fr: plain, ja: plain, en: plain }
}

/** The label of `id` in `section` as the document holds it now; null if it is gone. */
export function currentLabel(doc: Y.Doc, section: Section, id: string): LocalizedText | null {
  const entry = sectionEntry(doc, section, id)
  return entry ? entityLabel(section, entry) : null
}

/** Every entity's label, keyed `section/id`: what a deletion will be named by. */
export function allLabels(doc: Y.Doc): Map<string, LocalizedText> {
  const labels = new Map<string, LocalizedText>()
  for (const [section, root] of editionSections(doc)) {
    if (section === META_SECTION) labels.set(labelKey(section, ''), entityLabel(section, root))
    else {
      for (const [id, entry] of root.entries()) {
        if (entry instanceof Y.Map) labels.set(labelKey(section, id), entityLabel(section, entry))
      }
    }
  }
  return labels
}

export const labelKey = (section: Section, id: string): string => `${section}/${id}`

/**
 * The field path of a change below an entity: `title.ja` for its Japanese
 * title's text; null for a key that is no field of `section`.
 */
function fieldPath(
  section: Section,
  path: readonly (string | number)[],
  key?: string,
): string | null {
  const parts = key === undefined ? [...path] : [...path, key]
  // A localized text's language, or a list's field: deeper paths name the same field.
  const [field, sub] = parts
  if (typeof field !== 'string' || !KNOWN_FIELDS[section].has(field)) return null
  return typeof sub === 'string' && (LANGS as readonly string[]).includes(sub)
    ? `${field}.${sub}`
    : field
}

/**
 * Watches the edition in `doc`, and calls `onChanges` after each transaction
 * that changed it with what changed, entity by entity. Returns the function
 * that stops watching.
 */
export function observeEntityChanges(
  doc: Y.Doc,
  onChanges: (changes: EntityChange[], transaction: Y.Transaction) => void,
): () => void {
  const stops: Array<() => void> = []
  for (const [section, root] of editionSections(doc)) {
    const listener = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, tr: Y.Transaction) => {
      const changes = sectionChanges(section, root, events)
      if (changes.length > 0) onChanges(changes, tr)
    }
    root.observeDeep(listener)
    stops.push(() => root.unobserveDeep(listener))
  }
  return () => {
    for (const stop of stops) stop()
  }
}

/** The entity changes one section's events describe. */
function sectionChanges(
  section: Section,
  root: Y.Map<unknown>,
  events: Array<Y.YEvent<Y.AbstractType<unknown>>>,
): EntityChange[] {
  const byEntity = new Map<string, EntityChange>()
  const entity = (entityId: string, action: ActivityAction): EntityChange | null => {
    let change = byEntity.get(entityId)
    if (!change) {
      if (byEntity.size >= MAX_ENTITY_CHANGES) return null
      change = { section, entityId, action, fields: [] }
      byEntity.set(entityId, change)
    } else if (action !== ActivityAction.Edited) {
      // A creation or deletion says all there is to say about the entity.
      change.action = action
      change.fields = []
    }
    return change
  }
  const addField = (change: EntityChange | null, field: string | null) => {
    if (change?.action === ActivityAction.Edited && field && !change.fields.includes(field)) {
      change.fields.push(field)
    }
  }

  // The metadata's fields are its own keys; a collection's keys are its entries.
  const isMeta = section === META_SECTION
  for (const event of events) {
    const path = event.path
    const keys = event.target instanceof Y.Map ? [...event.keys] : []
    if (isMeta) {
      const change = entity('', ActivityAction.Edited)
      if (path.length === 0) {
        for (const [key] of keys) addField(change, fieldPath(section, [], key))
      } else if (keys.length > 0 && path.length === 1) {
        for (const [key] of keys) addField(change, fieldPath(section, path, key))
      } else addField(change, fieldPath(section, path))
      continue
    }
    if (path.length === 0) {
      for (const [id, { action }] of keys) {
        if (!isId(id)) continue
        if (action === 'delete') entity(id, ActivityAction.Deleted)
        // An entity is a map: anything else under an id is no entity, and reads as none.
        else if (root.get(id) instanceof Y.Map) {
          // An entry replaced by another map is new in all its fields.
          entity(id, ActivityAction.Created)
        }
      }
      continue
    }
    const [id, ...below] = path
    if (typeof id !== 'string' || !isId(id)) continue
    const change = entity(id, ActivityAction.Edited)
    if (keys.length > 0 && below.length <= 1) {
      for (const [key] of keys) addField(change, fieldPath(section, below, key))
    } else addField(change, fieldPath(section, below))
  }
  // The metadata changes with no field of its own (the schema version alone) are none.
  return [...byEntity.values()].filter(
    (change) => change.action !== ActivityAction.Edited || change.fields.length > 0,
  )
}
