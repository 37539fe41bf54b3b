import type { fr } from './fr'

/** Every string of the interface: the French catalogue's shape, which each language provides whole. */
export type Messages = typeof fr
