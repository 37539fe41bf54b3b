import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import type { Logger } from '../logger'
import { type AccessEnd, parseAccessEnd } from '../sync/access-ends'
import { type BusFrame, type BusMessage, decodeBusFrame, encodeBusFrame } from './bus-frames'
import { connectRedis, whenReady } from './redis-connection'

/** What the bus hands to the process's rooms. */
export interface BusHandler {
  /** A message another process sent on `docName`'s channel. */
  message(docName: string, message: BusMessage): void
  /** An access another process ended: its sockets here close too. */
  accessEnded(end: AccessEnd): void
  /**
   * The subscriptions were (re)made after the subscriber connected: any
   * document may have missed messages meanwhile, and reads the database.
   */
  resubscribed(): void
}

const DOC_CHANNEL_PREFIX = 'kaigi:doc:'
const ACCESS_CHANNEL = 'kaigi:access'
const COMPACTION_LEASE_PREFIX = 'kaigi:compacting:'
/** How soon a process whose publication failed, still connected, tells the others to catch up. */
const ANNOUNCE_RETRY_MS = 200

const channelOf = (docName: string) => `${DOC_CHANNEL_PREFIX}${docName}`
const toBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/**
 * What the Kaigi processes sharing one Redis tell each other: committed
 * updates and presences, per document on a channel of its own that only the
 * processes holding the document subscribe to, and ended accesses on one
 * channel for all. Redis pub/sub delivers at most once: what a process
 * misses while its connection is down, it reads from the database once it
 * has subscribed again (`BusHandler.resubscribed`), and a process whose
 * publications failed tells the others to read it (`catch-up`) once it
 * can. The database, not Redis, is where nothing is lost.
 */
export class SyncBus {
  /** This process, in the frames it sends: its own come back to it and are ignored. */
  readonly processId = randomUUID()
  private readonly channels = new Set<string>()
  /** Documents some of whose updates could not be published. */
  private readonly unpublished = new Set<string>()
  /** Messages of this turn, not yet published, by document. */
  private readonly outgoing = new Map<string, BusMessage[]>()
  /** Access ends not yet published. */
  private unpublishedEnds: AccessEnd[] = []
  private handler: BusHandler | null = null
  private announceTimer: NodeJS.Timeout | null = null

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly log: Logger,
    /** Told how long each message took from its sender (ms), for the metrics. */
    private readonly onLag: (ms: number) => void,
  ) {
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel.toString(), message),
    )
    subscriber.on('ready', () => void this.renew())
    publisher.on('ready', () => this.announceUnpublished())
  }

  /** Connects to the Redis at `url`; resolves once both connections are ready. */
  static async open(url: string, log: Logger, onLag: (ms: number) => void = () => {}) {
    const publisher = connectRedis(url, log, 'sync publisher')
    // The subscriptions are renewed here, not by ioredis: the rooms must
    // know when they are in place again, to catch up from that moment.
    const subscriber = connectRedis(url, log, 'sync subscriber', { autoResubscribe: false })
    const bus = new SyncBus(publisher, subscriber, log, onLag)
    try {
      await Promise.all([whenReady(publisher), whenReady(subscriber)])
    } catch (error) {
      bus.close()
      throw error
    }
    return bus
  }

  setHandler(handler: BusHandler): void {
    this.handler = handler
  }

  /**
   * Listens on `docName`'s channel; resolves once Redis has confirmed it,
   * so that every update committed from then on reaches this process. With
   * Redis away, resolves at once: the subscription is made, and the
   * document caught up, when it is back.
   */
  async subscribe(docName: string): Promise<void> {
    this.channels.add(docName)
    if (this.subscriber.status !== 'ready') return
    try {
      await this.subscriber.subscribe(channelOf(docName))
    } catch (error) {
      // The connection dropped meanwhile: `renew` subscribes it again.
      this.log.warn({ doc: docName, err: (error as Error).message }, 'subscription failed')
    }
  }

  unsubscribe(docName: string): void {
    if (!this.channels.delete(docName)) return
    if (this.subscriber.status !== 'ready') return
    this.subscriber.unsubscribe(channelOf(docName)).catch(() => {})
  }

  /**
   * Sends `message` to the other processes holding `docName`; never waits,
   * never throws. The messages of one turn of the event loop (the commits
   * of one batch) leave together, in one publication per document, at the
   * end of the turn's microtasks: `whenPublished` runs after that.
   */
  publish(docName: string, message: BusMessage): void {
    const waiting = this.outgoing.get(docName)
    if (waiting) waiting.push(message)
    else this.outgoing.set(docName, [message])
    if (this.outgoing.size === 1 && !waiting) queueMicrotask(this.flush)
  }

  /**
   * Runs `fn` once the messages published so far have been handed to the
   * network: a relay that runs after them cannot reach a client of this
   * process before they left for the others, even if this process is killed.
   */
  whenPublished(fn: () => void): void {
    if (this.outgoing.size === 0) fn()
    else queueMicrotask(fn)
  }

  private readonly flush = (): void => {
    const outgoing = [...this.outgoing]
    this.outgoing.clear()
    for (const [docName, messages] of outgoing) this.send(docName, messages)
  }

  private send(docName: string, messages: BusMessage[]): void {
    if (this.publisher.status !== 'ready') {
      this.unpublished.add(docName)
      return
    }
    const frame = encodeBusFrame({ sender: this.processId, sentAt: Date.now(), messages })
    // ioredis writes the command to the socket now, before this returns.
    this.publisher.publish(channelOf(docName), toBuffer(frame)).catch((error: Error) => {
      this.log.warn({ doc: docName, err: error.message }, 'publication failed; peers will catch up')
      this.unpublished.add(docName)
      // The next 'ready' tells the others; if the connection is back
      // already (the failure came late), a moment from now. Never at once:
      // a publication failing at once, again and again, would hold the
      // event loop before it could learn that the connection is gone.
      this.announceSoon()
    })
  }

  /**
   * Tells the other processes that `end` happened, so that they close its
   * sockets too. With Redis away, it is kept and published once Redis is
   * back: a revoked member's socket elsewhere stays open until then.
   */
  endAccess(end: AccessEnd): void {
    if (this.publisher.status !== 'ready') {
      this.log.error({ end }, 'access end not yet published: Redis unreachable')
      this.unpublishedEnds.push(end)
      return
    }
    this.publisher.publish(ACCESS_CHANNEL, JSON.stringify(end)).catch((error: Error) => {
      this.log.error({ end, err: error.message }, 'access end not yet published')
      this.unpublishedEnds.push(end)
      this.announceSoon()
    })
  }

  /**
   * Whether this process may compact `docName` now: a lease in Redis keeps
   * two processes from compacting it at once. Without Redis, yes: the
   * snapshot's compare-and-set in the database keeps a compaction safe.
   */
  async mayCompact(docName: string, leaseMs: number): Promise<boolean> {
    if (this.publisher.status !== 'ready') return true
    try {
      const key = `${COMPACTION_LEASE_PREFIX}${docName}`
      return (await this.publisher.set(key, this.processId, 'PX', leaseMs, 'NX')) === 'OK'
    } catch {
      return true
    }
  }

  close(): void {
    if (this.announceTimer) clearTimeout(this.announceTimer)
    this.publisher.disconnect()
    this.subscriber.disconnect()
  }

  private async renew(): Promise<void> {
    const channels = [ACCESS_CHANNEL, ...[...this.channels].map(channelOf)]
    try {
      await this.subscriber.subscribe(...channels)
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'subscriptions not renewed; will retry')
      return
    }
    this.handler?.resubscribed()
  }

  private announceSoon(): void {
    if (this.announceTimer) return
    this.announceTimer = setTimeout(() => {
      this.announceTimer = null
      if (this.publisher.status === 'ready') this.announceUnpublished()
    }, ANNOUNCE_RETRY_MS)
    this.announceTimer.unref()
  }

  private announceUnpublished(): void {
    const documents = [...this.unpublished]
    this.unpublished.clear()
    for (const docName of documents) this.publish(docName, { kind: 'catch-up' })
    const ends = this.unpublishedEnds
    this.unpublishedEnds = []
    for (const end of ends) this.endAccess(end)
  }

  private receive(channel: string, bytes: Buffer): void {
    if (channel === ACCESS_CHANNEL) {
      const end = parseAccessEnd(bytes.toString())
      if (end) this.handler?.accessEnded(end)
      else this.log.error({ channel }, 'unreadable access end ignored')
      return
    }
    if (!channel.startsWith(DOC_CHANNEL_PREFIX)) return
    const docName = channel.slice(DOC_CHANNEL_PREFIX.length)
    let frame: BusFrame
    try {
      frame = decodeBusFrame(bytes)
    } catch (error) {
      this.log.error({ doc: docName, err: (error as Error).message }, 'bus message ignored')
      return
    }
    if (frame.sender === this.processId) return
    this.onLag(Math.max(0, Date.now() - frame.sentAt))
    for (const message of frame.messages) this.handler?.message(docName, message)
  }
}
