import * as prng from 'lib0/prng'
import * as Y from 'yjs'
import { applyStored } from '../../server/sync/doc-store'
import { LibsqlDocStore } from '../../server/sync/libsql-doc-store'
import {
  catchUp as catchUpWriter,
  emptyReport,
  type FuzzOptions,
  type FuzzReport,
  hostileUpdate,
  newWriter,
  takeUnsent,
  type Writer,
  writerEdit,
} from './divergence-fuzz'
import { EDITED_ROOTS } from './random-edits'
import { differingReplicas } from './replica-views'
import type { TestServer } from './start-server'
import { SyncSocket } from './sync-socket'

const describeUpdate = (update: Uint8Array) => Buffer.from(update).toString('base64')

/**
 * A state vector past everything `doc` holds: the server's answer to it
 * holds only its delete set and the clients `doc` does not know, so that
 * waiting for it costs little.
 */
const beyond = (doc: Y.Doc): Uint8Array =>
  Y.encodeStateVector(new Map([...doc.store.clients.keys()].map((client) => [client, 2 ** 31])))

/**
 * The whole path a client's update takes: writers and a hostile client send
 * updates over real sockets to a real server (`server`, whose database is a
 * real libSQL file); a watching socket builds a replica only from what the
 * server relays. After each round (one document), the live room, the
 * document loaded afresh from the database (its snapshot, compacted during
 * the round, and the log after it), the relayed replica and the state a
 * client joining now receives must be equal, byte for byte and in content.
 */
export async function fuzzServer(server: TestServer, options: FuzzOptions): Promise<FuzzReport> {
  const report = emptyReport(options.seed)
  const gen = prng.create(options.seed)
  const perRound = options.perRound ?? 100
  const store = new LibsqlDocStore(server.kaigi.database)
  for (let round = 0; report.tried < options.mutations; round++) {
    const docName = `fuzz-${options.seed}-${round}`
    const watcher = await SyncSocket.open(server.syncUrl, docName)
    const relayed = new Y.Doc()
    let applied = 0
    let broken: string | null = null
    /** The relayed replica brought up to what the watcher has received. */
    const catchUp = () => {
      for (; applied < watcher.relayed.length && !broken; applied++) {
        try {
          Y.applyUpdate(relayed, watcher.relayed[applied] as Uint8Array)
        } catch (error) {
          broken = `the relayed replica could not apply update ${applied}: ${(error as Error).message}`
        }
      }
    }
    const sockets = await Promise.all([0, 1, 2].map(() => SyncSocket.open(server.syncUrl, docName)))
    const writers: Writer[] = sockets.map(() => newWriter(gen))
    let attacker = await SyncSocket.open(server.syncUrl, docName)
    // As Kaigi creates a document with its layout: each root starts with what it is for.
    const founder = writers[0] as Writer
    founder.doc.transact(() => {
      founder.doc.getText(EDITED_ROOTS.text).insert(0, 'Programme')
      founder.doc.getArray(EDITED_ROOTS.array).insert(0, ['Atelier'])
      founder.doc.getMap(EDITED_ROOTS.map).set('titre', 'Rencontres')
    })
    await (sockets[0] as SyncSocket).offer(takeUnsent(founder) as Uint8Array, beyond(relayed))
    const takenAttacks: string[] = []
    let hostileInRound = 0
    while (hostileInRound < perRound && report.tried < options.mutations && !broken) {
      catchUp()
      const index = prng.int32(gen, 0, writers.length - 1)
      const writer = writers[index] as Writer
      const socket = sockets[index] as SyncSocket
      if (prng.bool(gen)) {
        let update: Uint8Array | null
        try {
          update = writerEdit(gen, writer, watcher.relayed)
        } catch (error) {
          broken = `a client could not apply the relayed updates: ${(error as Error).message}`
          break
        }
        if (!update) continue
        if (watcher.isClosed) {
          report.resets++
          broken = 'the room closed every connection (it was reset)'
          break
        }
        report.valid++
        const outcome = socket.isClosed ? 'refused' : await socket.offer(update, beyond(relayed))
        if (outcome !== 'taken') {
          report.validRefused++
          report.failures.push(
            `seed ${options.seed} round ${round}: a valid update was ${outcome}: ${describeUpdate(update)}`,
          )
          if (socket.isClosed) sockets[index] = await SyncSocket.open(server.syncUrl, docName)
        }
        continue
      }
      const hostile = hostileUpdate(gen, writer, relayed)
      if (!hostile) continue
      hostileInRound++
      report.tried++
      if (attacker.isClosed) attacker = await SyncSocket.open(server.syncUrl, docName)
      const outcome = await attacker.offer(hostile.update, beyond(relayed))
      if (outcome === 'refused') report.refused++
      else if (outcome === 'missing') report.missing++
      else {
        report.accepted++
        takenAttacks.push(`${hostile.mutations.join('+')}: ${describeUpdate(hostile.update)}`)
        // An update taken under a writer's client id takes its clocks: that
        // writer's own later updates would repeat them, so it is replaced.
        const clients = new Set(Y.decodeUpdate(hostile.update).structs.map((s) => s.id.client))
        for (const [i, w] of writers.entries()) {
          if (clients.has(w.doc.clientID)) writers[i] = newWriter(gen)
        }
      }
      if (watcher.isClosed) {
        report.resets++
        broken = 'the room closed every connection (it was reset)'
      }
    }
    // Every relay reaches the watcher before its own answer to a step 1.
    if (!broken) await watcher.fetchState(beyond(relayed))
    catchUp()
    const members: Record<string, Uint8Array> = {}
    if (!broken) {
      try {
        // Catching up makes Yjs clean up after remote changes: what that writes is sent too.
        for (let pass = 0; pass < 5; pass++) {
          let sent = false
          for (const [i, writer] of writers.entries()) {
            catchUpWriter(writer, watcher.relayed)
            const update = takeUnsent(writer)
            if (!update) continue
            sent = true
            const socket = sockets[i] as SyncSocket
            if (!socket.isClosed) await socket.offer(update, beyond(relayed))
          }
          if (!sent) break
          await watcher.fetchState(beyond(relayed))
        }
        catchUp()
        for (const [i, writer] of writers.entries()) {
          catchUpWriter(writer, watcher.relayed)
          members[`member ${i}, connected all along`] = Y.encodeStateAsUpdate(writer.doc)
        }
      } catch (error) {
        broken = `a member could not apply the relayed updates: ${(error as Error).message}`
      }
    }
    await server.kaigi.writer.drain()
    const room = await server.kaigi.registry.peek(docName)
    const fromDatabase = new Y.Doc()
    applyStored(fromDatabase, await store.load(docName))
    const joiner = await SyncSocket.open(server.syncUrl, docName)
    const joined = await joiner.fetchState(Y.encodeStateVector(new Y.Doc()))
    const differing = broken
      ? [broken]
      : differingReplicas({
          'live room': room ? Y.encodeStateAsUpdate(room.doc) : new Uint8Array([0, 0]),
          'reloaded from the database': Y.encodeStateAsUpdate(fromDatabase),
          'relayed replica': Y.encodeStateAsUpdate(relayed),
          'client joining later': joined,
          ...members,
        })
    if (differing) {
      report.divergences++
      report.failures.push(
        `seed ${options.seed} round ${round}: ${differing.join(' ≠ ')} after ${takenAttacks.length} hostile updates taken:\n${takenAttacks.join('\n')}`,
      )
    }
    await Promise.all([watcher, attacker, joiner, ...sockets].map((socket) => socket.close()))
    for (const doc of [relayed, fromDatabase, ...writers.map((w) => w.doc)]) doc.destroy()
    options.onRound?.(report)
  }
  return report
}
