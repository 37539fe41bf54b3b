import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db'
import { personalFormLinks } from '../../db/schema'
import { formPath } from '../../shared/registrations'
import { newTypableCode } from '../access/tokens'

/**
 * The shape of a personal link's token: twenty typable characters, about
 * 99 bits, so that it can be typed from a printed letter and never guessed;
 * an edition's general link has ten (`TYPABLE_CODE`), so the two never meet.
 */
export const PERSONAL_TOKEN = /^[a-hj-km-np-z2-9]{20}$/

const newPersonalToken = (): string => newTypableCode() + newTypableCode()

/** A personal link as the form's routes read it. */
export interface PersonalLink {
  editionId: string
  collectiviteId: string
  token: string
}

/** Each collectivité's own link to the form, made on first use, the same ever after. */
export class PersonalLinks {
  constructor(private readonly db: Db) {}

  /** The path (`/f/<token>`) of each collectivité's own form link in `editionId`, creating the missing ones in one batch. */
  async paths(editionId: string, collectiviteIds: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(collectiviteIds)]
    const paths = new Map<string, string>()
    if (wanted.length === 0) return paths
    const missing = (rows: { collectiviteId: string }[]) => {
      const known = new Set(rows.map((row) => row.collectiviteId))
      return wanted.filter((id) => !known.has(id))
    }
    const select = () =>
      this.db
        .select({
          collectiviteId: personalFormLinks.collectiviteId,
          token: personalFormLinks.token,
        })
        .from(personalFormLinks)
        .where(
          and(
            eq(personalFormLinks.editionId, editionId),
            inArray(personalFormLinks.collectiviteId, wanted),
          ),
        )
    const existing = await select()
    const toMake = missing(existing)
    if (toMake.length > 0) {
      const now = new Date()
      // Two callers making the same link at once: the second's row is left
      // out, and both read back the first one's token below.
      await this.db
        .insert(personalFormLinks)
        .values(
          toMake.map((collectiviteId) => ({
            editionId,
            collectiviteId,
            token: newPersonalToken(),
            createdAt: now,
          })),
        )
        .onConflictDoNothing()
    }
    for (const row of toMake.length > 0 ? await select() : existing) {
      paths.set(row.collectiviteId, formPath(row.token))
    }
    return paths
  }

  /** The link behind `token`, or undefined when there is none (or it has not a personal link's shape). */
  async byToken(token: string): Promise<PersonalLink | undefined> {
    if (!PERSONAL_TOKEN.test(token)) return undefined
    const [row] = await this.db
      .select()
      .from(personalFormLinks)
      .where(eq(personalFormLinks.token, token))
    return row && { editionId: row.editionId, collectiviteId: row.collectiviteId, token: row.token }
  }
}
