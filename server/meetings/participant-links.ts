import { and, eq } from 'drizzle-orm'
import type { Database } from '../../db'
import { participantLinks } from '../../db/schema'
import { newTypableCode } from '../access/tokens'

/** The meeting a participant link opens. */
export interface LinkedMeeting {
  editionId: string
  meetingId: string
}

/** The meetings' participant links (`/m/<code>`): one per meeting, the same ever after. */
export class ParticipantLinks {
  constructor(private readonly database: Database) {}

  /** The meeting behind `token`, if any. */
  async byToken(token: string): Promise<LinkedMeeting | undefined> {
    const [row] = await this.database.db
      .select({ editionId: participantLinks.editionId, meetingId: participantLinks.meetingId })
      .from(participantLinks)
      .where(eq(participantLinks.token, token))
    return row
  }

  /** The link's code of meeting `meetingId`, made on the first ask (two at once get the same). */
  async codeOf(editionId: string, meetingId: string): Promise<string> {
    const { db } = this.database
    await db
      .insert(participantLinks)
      .values({ token: newTypableCode(), editionId, meetingId, createdAt: new Date() })
      .onConflictDoNothing()
    const [row] = await db
      .select({ token: participantLinks.token })
      .from(participantLinks)
      .where(
        and(eq(participantLinks.editionId, editionId), eq(participantLinks.meetingId, meetingId)),
      )
    if (!row) throw new Error(`no participant link of meeting ${meetingId} after making it`)
    return row.token
  }
}
