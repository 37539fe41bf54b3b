import { zonedToInstant } from '../../shared/doc/edition'
import { DEMO_DIRECTORY } from '../directory/demo-directory'
import { seedDemoEdition, seedPastEdition } from './demo'
import type { EditionSeed } from './seed'

/**
 * The 8th's participation form is back before 4 September 2023, as its
 * invitation says: 18:00 that day on the edition's clocks (Tokyo), which is
 * still 4 September in Paris. A past date: the demo's form is closed until a
 * committee sets a new deadline. Worked out only when a first start seeds
 * it: the first use of a time zone's rules costs some 12 ms, which every
 * later start would pay for nothing.
 */
const demoFormDeadline = () => zonedToInstant('2023-09-04', '18:00', 'Asia/Tokyo').toISOString()

/**
 * What a first start creates: the 8th Rencontres (Shizuoka, 2024) as the
 * draft to work on, with its form and a directory of forty collectivités,
 * and the 5th to 7th editions as read-only records.
 */
export const DEMO_SEEDS: readonly EditionSeed[] = [
  { id: 'tours-2016', readOnly: true, fill: (doc) => seedPastEdition(doc, 5) },
  { id: 'kumamoto-2018', readOnly: true, fill: (doc) => seedPastEdition(doc, 6) },
  { id: 'aix-en-provence-2022', readOnly: true, fill: (doc) => seedPastEdition(doc, 7) },
  {
    id: 'shizuoka-2024',
    readOnly: false,
    fill: (doc) => seedDemoEdition(doc),
    get formDeadline() {
      return demoFormDeadline()
    },
    directory: DEMO_DIRECTORY,
  },
]
