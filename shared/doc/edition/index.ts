/**
 * The edition document: one Y.Doc per edition of the Rencontres. Everyone
 * outside shared/doc/ reads it through readEdition and changes it through
 * these mutators, each one transaction tagged with the caller's origin.
 */

export * from './activity'
export * from './collectivites'
export * from './copy'
export * from './days'
export * from './diff'
export * from './errors'
export * from './grid'
export { newId } from './ids'
export * from './meetings'
export * from './meta'
export * from './observe'
export * from './persons'
export * from './placement'
export * from './proposals'
export * from './read'
export * from './registrations'
export * from './restore'
export * from './rooms'
export * from './rules'
export * from './schema'
export * from './sessions'
export * from './text'
export * from './themes'
export * from './time'
export * from './undo'
export * from './venues'
export * from './warnings'
