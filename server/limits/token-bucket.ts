/**
 * A token bucket: `capacity` actions at once, refilled at `perSecond`. Keeps
 * a steady pace of legitimate use (typing, a burst of reconnecting tabs)
 * while a flood runs dry within a second or two.
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

  /** Whether a token is left, without taking it. */
  hasToken(now = performance.now()): boolean {
    return this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond >= 1
  }

  /** Whether the bucket is full again (nothing to remember about its key). */
  isFull(now = performance.now()): boolean {
    return this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond >= this.capacity
  }
}

/**
 * Token buckets by key (a client address, a person). Full buckets are
 * forgotten now and then, so the map holds only the keys in recent use.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>()
  private lastSweep = performance.now()

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  take(key: string, now = performance.now()): boolean {
    if (now - this.lastSweep > 60_000) this.sweep(now)
    let bucket = this.buckets.get(key)
    if (!bucket) {
      bucket = new TokenBucket(this.capacity, this.perSecond, now)
      this.buckets.set(key, bucket)
    }
    return bucket.take(now)
  }

  /** Whether `key` has a token left, without taking it. */
  allows(key: string, now = performance.now()): boolean {
    return this.buckets.get(key)?.hasToken(now) ?? true
  }

  private sweep(now: number): void {
    this.lastSweep = now
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key)
  }
}

/**
 * Public page reads per client address: a room of phones behind one
 * network opens the page within a minute; a loop reading it is held back.
 */
export const PUBLIC_READS = { burst: 300, perSecond: 10 }
