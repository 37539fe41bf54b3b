/**
 * A token bucket: `capacity` actions at once, refilled at `perSecond`. Keeps
 * a steady pace of legitimate use (typing, a burst of reconnecting tabs)
 * while a flood runs dry within a second or two. One socket's own pace; the
 * limits by address, link or person are `createLimiter`'s (limiter.ts),
 * which several processes share.
 */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now = performance.now(),
  ) {
    this.tokens = capacity
    this.updatedAt = now
  }

  /** Takes one token; false if none is left (the action is refused). */
  take(now = performance.now()): boolean {
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond,
    )
    this.updatedAt = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}

/**
 * Public page reads per client address: a room of phones behind one
 * network opens the page within a minute; a loop reading it is held back.
 */
export const PUBLIC_READS = { burst: 300, perSecond: 10 }
