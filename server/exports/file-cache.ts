/**
 * Rendered files of published versions, in memory: a published version never
 * changes, so its PDF is made once. Bounded by total size; the least recently
 * used file goes first.
 */
export class FileCache {
  private readonly files = new Map<string, Uint8Array | string>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  get(key: string): Uint8Array | string | undefined {
    const file = this.files.get(key)
    if (file !== undefined) {
      // Map keeps insertion order: a file read moves to the end, the last to go.
      this.files.delete(key)
      this.files.set(key, file)
    }
    return file
  }

  set(key: string, file: Uint8Array | string): void {
    const size = sizeOf(file)
    // A file larger than the whole cache is served, not kept.
    if (size > this.maxBytes) return
    this.delete(key)
    this.files.set(key, file)
    this.bytes += size
    for (const oldest of this.files.keys()) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  get size(): number {
    return this.bytes
  }

  private delete(key: string): void {
    const file = this.files.get(key)
    if (file === undefined) return
    this.files.delete(key)
    this.bytes -= sizeOf(file)
  }
}

// A string's UTF-16 length stands for its size: within a factor of two of its bytes.
const sizeOf = (file: Uint8Array | string): number =>
  typeof file === 'string' ? file.length * 2 : file.byteLength
