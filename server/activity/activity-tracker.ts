/**
 * Turns what each applied update did to an edition into activity records,
 * grouped into readable entries: one person's changes to one entity stay one
 * entry while they keep at it (typing a title is hundreds of updates, and
 * one line: "Aiko (JP) edited the Japanese title of Atelier 2").
 */
import type * as Y from 'yjs'
import { ActivityAction, type ActivityRecord, type Actor, ActorKind } from '../../shared/activity'
import {
  allLabels,
  currentLabel,
  type EntityChange,
  type LocalizedText,
  labelKey,
  newId,
  observeEntityChanges,
} from '../../shared/doc/edition'
import type { ChangeTracker } from '../sync/room-deps'

/** A pause longer than this ends an entry: the next change starts another. */
export const ACTIVITY_GROUP_MS = 10 * 60 * 1000

const NO_LABEL: LocalizedText = { fr: '', ja: '', en: '' }

/** Who, and which entity: the changes that may share an entry. */
const groupKey = (actor: Actor, change: EntityChange): string =>
  `${actor.kind}:${actor.personId ?? actor.name}\u0000${labelKey(change.section, change.entityId)}`

export class ActivityTracker implements ChangeTracker {
  /** Changes of the transactions applied since the last `take`. */
  private pending: EntityChange[] = []
  /** The latest label of every entity, so that a deletion still names what it removed. */
  private readonly labels: Map<string, LocalizedText>
  /** The entry each person and entity is adding to, while it stays open. */
  private readonly open = new Map<string, ActivityRecord>()
  private readonly stop: () => void

  constructor(
    private readonly doc: Y.Doc,
    private readonly editionId: string,
  ) {
    this.labels = allLabels(doc)
    this.stop = observeEntityChanges(doc, (changes) => this.pending.push(...changes))
  }

  /**
   * The records to write with the update just applied, made by `actor` at
   * `at`: new entries, and the open ones it extends, as they now stand.
   */
  take(actor: Actor, at: Date): ActivityRecord[] {
    const changes = this.pending
    if (changes.length === 0) return []
    this.pending = []
    this.closeStale(at)
    const touched = new Set<ActivityRecord>()
    for (const change of changes) {
      const key = labelKey(change.section, change.entityId)
      // Removing what was never an entity (a foreign key) is nothing to tell.
      if (change.action === ActivityAction.Deleted && !this.labels.has(key)) continue
      const label =
        change.action === ActivityAction.Deleted
          ? (this.labels.get(key) ?? NO_LABEL)
          : (currentLabel(this.doc, change.section, change.entityId) ?? NO_LABEL)
      if (change.action === ActivityAction.Deleted) this.labels.delete(key)
      else this.labels.set(key, label)
      touched.add(this.record(actor, change, label, at))
    }
    // Copies: the writer stores them later, and the open entries move on.
    return [...touched].map((record) => ({ ...record, fields: [...record.fields] }))
  }

  /**
   * Forgets the changes applied since the last `take`: another process
   * recorded them with their update. The labels still follow them, so that
   * a later deletion here names what it removed.
   */
  skip(): void {
    const changes = this.pending
    this.pending = []
    for (const change of changes) {
      const key = labelKey(change.section, change.entityId)
      if (change.action === ActivityAction.Deleted) {
        this.labels.delete(key)
        continue
      }
      const label = currentLabel(this.doc, change.section, change.entityId)
      if (label) this.labels.set(key, label)
    }
  }

  close(): void {
    this.stop()
  }

  private record(
    actor: Actor,
    change: EntityChange,
    label: LocalizedText,
    at: Date,
  ): ActivityRecord {
    const key = groupKey(actor, change)
    const current = this.open.get(key)
    // Edits extend the open entry, a creation's too; a deletion is its own line.
    // A participant's send (a form sent again, an amendment) is an act of its
    // own, not typing: each is its own line.
    if (
      current &&
      change.action === ActivityAction.Edited &&
      actor.kind !== ActorKind.Participant
    ) {
      // A creation's entry names no fields: everything in it was new.
      if (current.action === ActivityAction.Edited) {
        for (const field of change.fields) {
          if (!current.fields.includes(field)) current.fields.push(field)
        }
      }
      current.label = label
      current.lastAt = at
      current.changes += 1
      // The open entries stay in the order of their last change: the stale ones come first.
      this.open.delete(key)
      this.open.set(key, current)
      return current
    }
    const record: ActivityRecord = {
      id: newId(),
      editionId: this.editionId,
      personId: actor.personId,
      actorKind: actor.kind,
      actorName: actor.name,
      committee: actor.committee,
      section: change.section,
      entityId: change.entityId,
      action: change.action,
      fields: change.action === ActivityAction.Edited ? [...change.fields] : [],
      label,
      firstAt: at,
      lastAt: at,
      changes: 1,
    }
    this.open.delete(key)
    if (change.action !== ActivityAction.Deleted) this.open.set(key, record)
    return record
  }

  /** Closes the entries left alone too long; they come first, so this stops at the first fresh one. */
  private closeStale(now: Date): void {
    for (const [key, record] of this.open) {
      if (now.getTime() - record.lastAt.getTime() <= ACTIVITY_GROUP_MS) return
      this.open.delete(key)
    }
  }
}
