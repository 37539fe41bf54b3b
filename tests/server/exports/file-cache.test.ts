import { describe, expect, it } from 'vitest'
import { FileCache } from '../../../server/exports/file-cache'

describe('the cache of published files', () => {
  it('keeps at most its size in bytes, dropping the least recently read first', () => {
    const cache = new FileCache(1000)
    cache.set('a', new Uint8Array(400))
    cache.set('b', new Uint8Array(400))
    expect(cache.get('a')).toBeDefined()
    cache.set('c', new Uint8Array(400))
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeDefined()
    expect(cache.get('c')).toBeDefined()
    expect(cache.size).toBe(800)
  })

  it('counts a string by its length, and serves without keeping a file larger than itself', () => {
    const cache = new FileCache(100)
    cache.set('page', 'x'.repeat(40))
    expect(cache.size).toBe(80)
    cache.set('huge', new Uint8Array(101))
    expect(cache.get('huge')).toBeUndefined()
    expect(cache.get('page')).toBe('x'.repeat(40))
  })
})
