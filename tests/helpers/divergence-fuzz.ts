import * as prng from 'lib0/prng'
import * as Y from 'yjs'
import { applyStored } from '../../server/sync/doc-store'
import { MalformedUpdateError } from '../../server/sync/update-parser'
import { checkUpdate } from '../../server/sync/update-validator'
import { EDITED_ROOTS, randomEdit } from './random-edits'
import { differingReplicas } from './replica-views'
import { type Mutation, mutateUpdate } from './update-mutation'

/** What a fuzzing run tried and saw. */
export interface FuzzReport {
  seed: number
  /** Mutated updates sent. */
  tried: number
  /** Refused as malformed. */
  refused: number
  /** Answered with a resync request (they refer to content the room lacks). */
  missing: number
  /** Taken in (possibly as nothing new). */
  accepted: number
  /** Valid updates sent, and those of them refused (which should never happen). */
  valid: number
  validRefused: number
  /** Times the replicas ended unequal. */
  divergences: number
  /** Updates Yjs could not integrate fully after the validator let them in (the room resets). */
  resets: number
  /** What went wrong, to reproduce it. */
  failures: string[]
}

export const emptyReport = (seed: number): FuzzReport => ({
  seed,
  tried: 0,
  refused: 0,
  missing: 0,
  accepted: 0,
  valid: 0,
  validRefused: 0,
  divergences: 0,
  resets: 0,
  failures: [],
})

/** A Yjs client of the fuzz: a document, edited at random, that catches up now and then. */
export interface Writer {
  doc: Y.Doc
  /** How many updates of the room's accepted log it has applied. */
  seen: number
  /** Its own updates not sent yet (its edits, and the formatting cleanups Yjs makes after remote ones). */
  unsent: Uint8Array[]
}

/** The client ids of the fuzz: drawn from the seed, so that a run replays exactly. */
export const newDoc = (gen: prng.PRNG): Y.Doc => {
  const doc = new Y.Doc()
  doc.clientID = prng.uint32(gen, 1, 2 ** 31)
  return doc
}

/** A writer that, as a provider does, sends every update its document makes itself. */
export function newWriter(gen: prng.PRNG): Writer {
  const writer: Writer = { doc: newDoc(gen), seen: 0, unsent: [] }
  writer.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== LOG_ORIGIN) writer.unsent.push(update)
  })
  return writer
}

const LOG_ORIGIN = 'fuzz-log'

/** Applies the updates of `log` that `writer` has not seen yet. */
export function catchUp(writer: Writer, log: readonly Uint8Array[]): void {
  for (; writer.seen < log.length; writer.seen++) {
    Y.applyUpdate(writer.doc, log[writer.seen] as Uint8Array, LOG_ORIGIN)
  }
}

/** What `writer` has to send, as one update, or null. */
export function takeUnsent(writer: Writer): Uint8Array | null {
  const unsent = writer.unsent.splice(0)
  return unsent.length > 0 ? Y.mergeUpdates(unsent) : null
}

/** Brings `writer` up to `log` with probability one half, then makes one random edit. */
export function writerEdit(gen: prng.PRNG, writer: Writer, log: Uint8Array[]): Uint8Array | null {
  if (prng.bool(gen)) catchUp(writer, log)
  randomEdit(gen, writer.doc)
  return takeUnsent(writer)
}

/**
 * A hostile update: a random edit made on a copy of `writer` (so it sits
 * among concurrent edits), then altered at the struct level.
 */
export function hostileUpdate(
  gen: prng.PRNG,
  writer: Writer,
  context: Y.Doc,
): { update: Uint8Array; mutations: Mutation[] } | null {
  const fork = newDoc(gen)
  Y.applyUpdate(fork, Y.encodeStateAsUpdate(writer.doc))
  let edit: Uint8Array | null = null
  fork.on('update', (captured: Uint8Array) => {
    edit = captured
  })
  randomEdit(gen, fork)
  fork.destroy()
  return edit ? mutateUpdate(gen, edit, context) : null
}

/**
 * Replicas that received the last update of `log` before some of the
 * updates just before it (which it does not depend on), as a member whose
 * own edits were concurrent with it does.
 */
function earlierArrivals(log: Uint8Array[]): Record<string, Uint8Array> {
  const states: Record<string, Uint8Array> = {}
  const last = log.at(-1)
  if (!last) return states
  const clientsOf = (update: Uint8Array) =>
    new Set(Y.decodeUpdate(update).structs.map((struct) => struct.id.client))
  const own = clientsOf(last)
  for (let k = 1; k <= 3 && k < log.length; k++) {
    const at = log.length - 1 - k
    // A member receives an update after those it was relayed after: moving it
    // before one that writes the same client's clocks (an update under
    // another's client id) is no history any member has.
    if ([...clientsOf(log[at] as Uint8Array)].some((client) => own.has(client))) break
    const doc = new Y.Doc()
    for (const update of log.slice(0, at)) Y.applyUpdate(doc, update)
    let verdict: ReturnType<typeof checkUpdate> | null = null
    try {
      verdict = checkUpdate(doc, last)
    } catch {}
    if (verdict?.kind === 'new') {
      Y.applyUpdate(doc, last)
      for (const update of log.slice(at, -1)) Y.applyUpdate(doc, update)
      states[`received ${k} earlier`] = Y.encodeStateAsUpdate(doc)
    }
    doc.destroy()
  }
  return states
}

export interface FuzzOptions {
  seed: number
  /** How many mutated updates to send. */
  mutations: number
  /** Mutated updates per round: each round starts from an empty document. */
  perRound?: number
  /** Called after each round, for progress. */
  onRound?: (report: FuzzReport) => void
}

const describeUpdate = (update: Uint8Array) => Buffer.from(update).toString('base64')

/**
 * The validator and Yjs alone, without a server: a room document takes
 * what the validator lets in; after each mutated update it accepts, the
 * room is compared with a replica built from a snapshot of the room taken
 * earlier plus the updates since (as a reload from the database is), and
 * with one built from the whole accepted log merged into one update.
 */
export function fuzzDirect(options: FuzzOptions): FuzzReport {
  const report = emptyReport(options.seed)
  const gen = prng.create(options.seed)
  const perRound = options.perRound ?? 60
  for (let round = 0; report.tried < options.mutations; round++) {
    const room = new Y.Doc()
    const log: Uint8Array[] = []
    let snapshot: { state: Uint8Array; at: number } = { state: Y.encodeStateAsUpdate(room), at: 0 }
    const writers: Writer[] = [0, 1, 2].map(() => newWriter(gen))
    let lastRefusal = ''
    const offer = (update: Uint8Array): 'new' | 'nothing-new' | 'missing' | 'refused' => {
      let verdict: ReturnType<typeof checkUpdate>
      try {
        verdict = checkUpdate(room, update)
      } catch (error) {
        if (!(error instanceof MalformedUpdateError)) throw error
        lastRefusal = error.message
        return 'refused'
      }
      if (verdict.kind === 'missing') lastRefusal = verdict.reason
      if (verdict.kind !== 'new') return verdict.kind
      Y.applyUpdate(room, update)
      log.push(update)
      return 'new'
    }
    // As Kaigi creates a document with its layout, the round starts with
    // each root holding what it is for: the server tells an untyped root's
    // kind (text or values) from its content.
    const founder = writers[0] as Writer
    founder.doc.transact(() => {
      founder.doc.getText(EDITED_ROOTS.text).insert(0, 'Programme')
      founder.doc.getArray(EDITED_ROOTS.array).insert(0, ['Atelier'])
      founder.doc.getMap(EDITED_ROOTS.map).set('titre', 'Rencontres')
    })
    offer(takeUnsent(founder) as Uint8Array)
    let hostileInRound = 0
    const hostileLog: Array<{ at: number; what: string }> = []
    let diverged = false
    while (hostileInRound < perRound && report.tried < options.mutations && !diverged) {
      const writer = prng.oneOf(gen, writers)
      if (prng.int32(gen, 0, 2) > 0) {
        let update: Uint8Array | null
        const seenBefore = writer.seen
        try {
          update = writerEdit(gen, writer, log)
        } catch (error) {
          // A client could not apply what the room accepted and relayed.
          report.divergences++
          diverged = true
          report.failures.push(
            `seed ${options.seed} round ${round}: a client failed to apply the accepted log: ${(error as Error).message}; hostile updates it had not seen: ${hostileLog
              .filter(({ at }) => at >= seenBefore)
              .map(({ what }) => what)
              .join('; ')}`,
          )
          continue
        }
        if (!update) continue
        report.valid++
        const outcome = offer(update)
        if (outcome === 'refused' || outcome === 'missing') {
          report.validRefused++
          report.failures.push(
            `seed ${options.seed} round ${round}: a valid update was ${outcome} (${lastRefusal}): ${describeUpdate(update)}`,
          )
        }
        continue
      }
      const hostile = hostileUpdate(gen, writer, room)
      if (!hostile) continue
      hostileInRound++
      report.tried++
      const before = Y.encodeStateAsUpdate(room)
      let outcome: ReturnType<typeof offer>
      try {
        outcome = offer(hostile.update)
      } catch (error) {
        outcome = 'refused'
        report.resets++
        report.failures.push(
          `seed ${options.seed} round ${round}: ${hostile.mutations.join('+')} threw ${(error as Error).message}: ${describeUpdate(hostile.update)}`,
        )
      }
      if (room.store.pendingStructs || room.store.pendingDs) {
        report.resets++
        report.failures.push(
          `seed ${options.seed} round ${round}: ${hostile.mutations.join('+')} left pending content: ${describeUpdate(hostile.update)}`,
        )
        diverged = true
        continue
      }
      if (outcome === 'refused') report.refused++
      else if (outcome === 'missing') report.missing++
      else report.accepted++
      if (outcome !== 'new') continue
      // An update taken under a writer's client id takes its clocks: that
      // writer's own later updates would repeat them, so it is replaced.
      const clients = new Set(Y.decodeUpdate(hostile.update).structs.map((s) => s.id.client))
      for (const [i, w] of writers.entries()) {
        if (clients.has(w.doc.clientID)) writers[i] = newWriter(gen)
      }
      hostileLog.push({
        at: log.length - 1,
        what: `${hostile.mutations.join('+')}: ${describeUpdate(hostile.update)}`,
      })
      // As the server loads a document: its snapshot and the log after it, in one transaction.
      const states: Record<string, Uint8Array> = { live: Y.encodeStateAsUpdate(room) }
      // A replica that cannot even be built differs from the live room.
      const rebuilt = (build: (doc: Y.Doc) => void): Uint8Array => {
        const doc = new Y.Doc()
        try {
          build(doc)
          return Y.encodeStateAsUpdate(doc)
        } catch {
          return new Uint8Array([0, 0])
        } finally {
          doc.destroy()
        }
      }
      states.reloaded = rebuilt((doc) =>
        applyStored(doc, { snapshot: snapshot.state, updates: log.slice(snapshot.at) }),
      )
      states['whole log replayed'] = rebuilt((doc) =>
        applyStored(doc, { snapshot: null, updates: log }),
      )
      try {
        Object.assign(states, earlierArrivals(log))
      } catch {
        states['received earlier'] = new Uint8Array([0, 0])
      }
      const differing = differingReplicas(states)
      if (differing) {
        report.divergences++
        diverged = true
        report.failures.push(
          `seed ${options.seed} round ${round}: ${hostile.mutations.join('+')} made ${differing.join(' ≠ ')}; room before: ${describeUpdate(before)}; update: ${describeUpdate(hostile.update)}`,
        )
      }
      if (prng.int32(gen, 0, 9) === 0)
        snapshot = { state: Y.encodeStateAsUpdate(room), at: log.length }
    }
    if (!diverged) {
      // The members connected all along, once they have every update.
      const states: Record<string, Uint8Array> = {}
      try {
        // Catching up makes Yjs clean up formatting: those updates are sent too.
        for (let pass = 0; pass < 5; pass++) {
          let sent = false
          for (const writer of writers) {
            catchUp(writer, log)
            const update = takeUnsent(writer)
            if (update && offer(update) === 'new') sent = true
          }
          if (!sent) break
        }
        states.live = Y.encodeStateAsUpdate(room)
        for (const [i, writer] of writers.entries()) {
          catchUp(writer, log)
          states[`member ${i}`] = Y.encodeStateAsUpdate(writer.doc)
        }
      } catch (error) {
        states.member = new Uint8Array([0, 0])
        report.failures.push(
          `seed ${options.seed} round ${round}: a member could not apply the log: ${(error as Error).message}`,
        )
      }
      const differing = differingReplicas(states)
      if (differing) {
        report.divergences++
        report.failures.push(
          `seed ${options.seed} round ${round}: ${differing.join(' ≠ ')} at the end of the round; hostile updates taken: ${hostileLog.map(({ what }) => what).join('; ')}`,
        )
      }
    }
    room.destroy()
    for (const writer of writers) writer.doc.destroy()
    options.onRound?.(report)
  }
  return report
}
