/**
 * The edition's entities as zod schemas, and their types inferred from them:
 * the one source of truth for what a snapshot of an edition holds and what
 * the mutators accept. Codes are ASCII; their labels live in the i18n files.
 */

export * from './schema/codes'
export * from './schema/collection-fields'
export * from './schema/intake'
export * from './schema/meta'
export * from './schema/people'
export * from './schema/programme'
export * from './schema/snapshot'
export * from './schema/values'
