import type { Committee } from '../../../shared/access'
import type { ActivityAction, ActorKind } from '../../../shared/activity'
import { type ThingWords, wordsFor } from './fields'

/**
 * One activity entry, ready to be put into a sentence of the reader's
 * language: "Aiko (JP) a modifié le titre japonais de « Atelier 2 »".
 */
export interface ActivityPhrase {
  /** A member, a participant of a public page (never to be taken for a member), or Kaigi. */
  actorKind: ActorKind
  /** Who: a member's or participant's name; empty for a participant who gave none. */
  actorName: string
  committee: Committee | null
  action: ActivityAction
  /** `meta` (the edition's details) or a collection: `sessions`, `themes`… */
  section: string
  /** The entity's name in the reader's language (a meeting's: its day, written out). */
  label: string
  /**
   * For an edit, the fields changed: `title.ja`, `description.fr`,
   * `schedule` (its day or start time), `roomId`, `speakerIds`…
   */
  fields: string[]
  /** An edit of a session's schedule (and maybe its room) alone: a move. */
  moved: boolean
}

/** What was changed, for the sentence of an edit: the entry's section, its label, and the thing it names. */
export interface ChangedThing {
  section: string
  label: string
  /** The entity as created or deleted things are named: "la séance « Atelier 2 »". */
  thing: string
}

/**
 * A language's words and word order for the activity's sentences. Which
 * sentence an entry takes is decided once, by `activitySentence`; a
 * language only says how each one reads.
 */
export interface ActivityWords {
  /** A name or a label quoted: « … », 「…」, “…”. */
  quote(label: string): string
  member(name: string, committee: Committee | null): string
  /** A participant of a public page, by the name they gave. */
  participant(name: string): string
  /** A participant who gave no name. */
  someParticipant: string
  /** Each kind of entity as named when created or deleted; others are quoted. */
  things: ThingWords
  created(who: string, thing: string, section: string): string
  deleted(who: string, thing: string): string
  /** A collectivité's own participation form, sent under its name. */
  formSent(collectivite: string): string
  /** The same form sent again: an amendment. */
  formAmended(collectivite: string): string
  moved(who: string, session: string, withRoom: boolean): string
  /** An edit whose fields are not known. */
  edited(who: string, what: ChangedThing): string
  editedFields(who: string, fields: string[], what: ChangedThing): string
}

/** The sentence of one entry, in the language of `words`. */
export function activitySentence(phrase: ActivityPhrase, words: ActivityWords): string {
  // A participant is quoted as they named themselves: never taken for a member.
  const who =
    phrase.actorKind === 'member'
      ? words.member(phrase.actorName, phrase.committee)
      : phrase.actorKind === 'kaigi'
        ? 'Kaigi'
        : phrase.actorName
          ? words.participant(phrase.actorName)
          : words.someParticipant
  const thing = (wordsFor(words.things, phrase.section) ?? words.quote)(phrase.label)
  // A collectivité's own form is sent under its name.
  const ownForm = phrase.section === 'registrations' && phrase.actorName === phrase.label
  if (phrase.action === 'created') {
    return ownForm ? words.formSent(phrase.label) : words.created(who, thing, phrase.section)
  }
  if (phrase.action === 'deleted') return words.deleted(who, thing)
  if (ownForm) return words.formAmended(phrase.label)
  if (phrase.moved) return words.moved(who, phrase.label, phrase.fields.includes('roomId'))
  const what = { section: phrase.section, label: phrase.label, thing }
  if (phrase.fields.length === 0) return words.edited(who, what)
  return words.editedFields(who, phrase.fields, what)
}
