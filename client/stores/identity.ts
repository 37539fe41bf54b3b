import { type Accessor, createSignal } from 'solid-js'
import { MAX_PRESENCE_NAME_LENGTH } from '../../shared/doc/presence'
import type { KeyValueStore } from './storage'

/** Calm, distinct colours that stay readable as text on white. */
export const PALETTE = [
  '#3b6ea5',
  '#b5483f',
  '#3f7f52',
  '#a86b12',
  '#6f55a3',
  '#24807f',
  '#b0506f',
  '#5b6778',
] as const

const KEYS = { name: 'kaigi.name', color: 'kaigi.color', guest: 'kaigi.guest' } as const

export interface IdentityStore {
  /** The name the user typed, or '' to go by the guest name. */
  customName: Accessor<string>
  setCustomName(name: string): void
  /** The number in "Guest 3", fixed per browser. */
  guestNumber: number
  color: Accessor<string>
  setColor(color: string): void
}

/** Who this browser is to the others: a name and a colour, remembered in `storage`. */
export function createIdentityStore(storage: KeyValueStore): IdentityStore {
  let guestNumber = Number(storage.get(KEYS.guest))
  if (!Number.isInteger(guestNumber) || guestNumber < 1 || guestNumber > 99) {
    guestNumber = 1 + Math.floor(Math.random() * 99)
    storage.set(KEYS.guest, String(guestNumber))
  }
  const savedColor = storage.get(KEYS.color)
  const [color, setColorSignal] = createSignal<string>(
    PALETTE.find((c) => c === savedColor) ?? PALETTE[guestNumber % PALETTE.length] ?? PALETTE[0],
  )
  const [customName, setCustomNameSignal] = createSignal(storage.get(KEYS.name) ?? '')
  return {
    customName,
    setCustomName(name) {
      const trimmed = name.trim().slice(0, MAX_PRESENCE_NAME_LENGTH)
      if (trimmed) storage.set(KEYS.name, trimmed)
      else storage.remove(KEYS.name)
      setCustomNameSignal(trimmed)
    },
    guestNumber,
    color,
    setColor(next) {
      storage.set(KEYS.color, next)
      setColorSignal(next)
    },
  }
}
