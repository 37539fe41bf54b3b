import type { RoomPeers } from '../../server/sync/room-deps'

/**
 * The other processes of a room, as a room sees them (`RoomPeers`): what
 * it tells them is recorded, its publications leave when the test calls
 * `publish`, and whether it may compact is the test's answer.
 */
export class RecordingPeers implements RoomPeers {
  readonly told: Array<{ writer: string | null; clients: number[] }> = []
  readonly unpublished: Array<() => void> = []
  /** What `mayCompact` answers, and how often it was asked. */
  compactTurn = true
  compactAsked = 0

  committed(_doc: string, _update: Uint8Array, writer: string | null, clients: number[]): void {
    this.told.push({ writer, clients })
  }
  presence(): void {}
  async mayCompact(): Promise<boolean> {
    this.compactAsked++
    return this.compactTurn
  }
  whenPublished(fn: () => void): void {
    this.unpublished.push(fn)
  }
  /** Lets the publications made so far leave: their relays run. */
  publish(): void {
    for (const fn of this.unpublished.splice(0)) fn()
  }
}
