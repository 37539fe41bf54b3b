import { seedDemoEdition, seedPastEdition } from '../../shared/doc/edition'
import type { EditionSeed } from './seed'

/**
 * What a first start creates: the 8th Rencontres (Shizuoka, 2024) as the
 * draft to work on, and the 5th to 7th editions as read-only records.
 */
export const DEMO_SEEDS: readonly EditionSeed[] = [
  { id: 'tours-2016', readOnly: true, fill: (doc) => seedPastEdition(doc, 5) },
  { id: 'kumamoto-2018', readOnly: true, fill: (doc) => seedPastEdition(doc, 6) },
  { id: 'aix-en-provence-2022', readOnly: true, fill: (doc) => seedPastEdition(doc, 7) },
  { id: 'shizuoka-2024', readOnly: false, fill: (doc) => seedDemoEdition(doc) },
]
