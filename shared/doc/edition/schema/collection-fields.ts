/**
 * Which fields of the metadata and of each collection's entries hold
 * localized texts (and which of those are required) or lists of ids.
 */
import type { Collection } from './snapshot'
import type { Id } from './values'

/** The localized texts of the metadata and of each collection's entries. */
export const LOCALIZED_FIELDS = {
  meta: ['title', 'hostCity', 'venue', 'letter', 'letterPlace', 'formReturn'],
  days: ['label'],
  venues: ['name', 'address'],
  rooms: ['name'],
  themes: ['title', 'description'],
  sessions: ['title', 'description'],
  persons: ['name', 'role'],
  collectivites: ['name'],
  meetings: ['place', 'agenda', 'event'],
  suggestions: [],
  registrations: [],
  proposals: ['title', 'description'],
  proposalComments: [],
} as const satisfies Record<'meta' | Collection, readonly string[]>

/** The localized texts that must exist in every required language; the others need a translation only once written in some language. */
export const REQUIRED_TEXT_FIELDS = {
  meta: ['title', 'hostCity'],
  days: [],
  venues: ['name'],
  rooms: ['name'],
  themes: ['title'],
  sessions: ['title'],
  persons: ['name'],
  collectivites: ['name'],
  meetings: ['place'],
  suggestions: [],
  registrations: [],
  proposals: [],
  proposalComments: [],
} as const satisfies {
  [C in keyof typeof LOCALIZED_FIELDS]: readonly (typeof LOCALIZED_FIELDS)[C][number][]
}

/** The fields holding lists of ids. */
export const ID_LIST_FIELDS = {
  meta: ['signatoryIds'],
  days: [],
  venues: [],
  rooms: [],
  themes: [],
  sessions: ['roomIds', 'moderatorIds', 'speakerIds', 'rapporteurIds', 'witnessIds'],
  persons: [],
  collectivites: [],
  meetings: [],
  suggestions: ['supporterIds'],
  registrations: ['workshopIds'],
  proposals: ['supporterIds'],
  proposalComments: [],
} as const satisfies Record<'meta' | Collection, readonly string[]>

/** Where a localized text lives: the metadata's or an entry's field. */
export type TextPath =
  | { collection: 'meta'; field: (typeof LOCALIZED_FIELDS)['meta'][number] }
  | {
      [C in Collection]: { collection: C; id: Id; field: (typeof LOCALIZED_FIELDS)[C][number] }
    }[Collection]
