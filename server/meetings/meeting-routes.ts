import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Redis } from 'ioredis'
import type { Database } from '../../db'
import { Role } from '../../shared/access'
import { participantActor } from '../../shared/activity'
import {
  addSuggestion,
  createProposal,
  EditionError,
  isIntakeOpen,
  readEdition,
  SuggestionRefusal,
} from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import { ErrorCode } from '../../shared/errors'
import {
  type ParticipantLink,
  type PublicMeeting,
  PublicProposalSchema,
  PublicSuggestionSchema,
  participantPath,
  workshopChoices,
} from '../../shared/meetings'
import type { AccessStore } from '../access/access-store'
import { TYPABLE_CODE } from '../access/tokens'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { editionRefusal } from '../editions/edition-refusal'
import { EditionStore } from '../editions/edition-store'
import { byAddress, rateLimit, spend } from '../http/rate-limit'
import { readBody } from '../http/read-body'
import { requireRole } from '../http/roles'
import { createLimiter } from '../limits/limiter'
import { PUBLIC_READS } from '../limits/token-bucket'
import { SERVER_ORIGIN } from '../sync/room-deps'
import type { RoomRegistry } from '../sync/room-registry'
import { ParticipantLinks } from './participant-links'

/**
 * Suggestions per client address: a meeting room's phones often share one
 * address (the venue's Wi-Fi), so this is generous; per link, a flood from
 * many addresses is capped too.
 */
export const PER_ADDRESS = { burst: 100, perSecond: 5 }
export const PER_LINK = { burst: 300, perSecond: 20 }
const TOO_MANY_CONTRIBUTIONS = 'too many contributions: wait a moment'

/**
 * Meetings' participant links, and the public endpoints behind them: a
 * participant reads the meeting and sends a suggestion with no account and
 * no access to the document; the server writes the suggestion in, so the
 * committee sees it arrive live on the wall.
 */
export function meetingRoutes(
  database: Database,
  access: AccessStore,
  rooms: RoomRegistry,
  /** Shares the participants' limits with the other processes on it; null for one process. */
  redis: Redis | null = null,
) {
  const links = new ParticipantLinks(database)
  const editions = new EditionStore(database)
  const contributionsByAddress = createLimiter('suggestions-by-address', PER_ADDRESS, redis)
  const contributionsByLink = createLimiter('suggestions-by-link', PER_LINK, redis)
  const reads = createLimiter('meeting-reads', PUBLIC_READS, redis)

  /** The meeting behind link `token`, or a 404. */
  const linkOf = async (token: string) => {
    const row = await links.byToken(token)
    if (!row) throw new AppError(404, ErrorCode.NotFound, 'no meeting behind this link')
    return row
  }

  /**
   * The checks before a participant's contribution: the pace of their
   * address and of the link, the link itself, and an edition that takes
   * contributions (a record takes none).
   */
  const admit = async (c: Context<AppEnv>, token: string) => {
    if (!TYPABLE_CODE.test(token)) {
      throw new AppError(404, ErrorCode.NotFound, 'no meeting behind this link')
    }
    await spend(contributionsByAddress, byAddress(c), TOO_MANY_CONTRIBUTIONS)
    await spend(contributionsByLink, token, TOO_MANY_CONTRIBUTIONS)
    const link = await linkOf(token)
    // A record (or an edition gone) takes none.
    if ((await editions.isRecord(link.editionId)) !== false) {
      throw new AppError(409, ErrorCode.IntakeClosed, 'this edition takes no contributions')
    }
    return link
  }

  return new Hono<AppEnv>()
    .post('/api/editions/:id/meetings/:meetingId/participant-link', async (c) => {
      const editionId = c.req.param('id')
      const meetingId = c.req.param('meetingId')
      const caller = await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
      if (caller.readOnlyEdition) {
        throw new AppError(400, ErrorCode.BadRequest, 'this edition is a record: no meetings')
      }
      const exists = await rooms.read(editionDocName(editionId), (doc) =>
        readEdition(doc).value.meetings.some((meeting) => meeting.id === meetingId),
      )
      if (!exists) throw new AppError(404, ErrorCode.NotFound, `no meeting ${meetingId}`)
      const body: ParticipantLink = {
        path: participantPath(await links.codeOf(editionId, meetingId)),
      }
      return c.json(body)
    })
    .get('/api/public/meetings/:token', rateLimit(reads, byAddress), async (c) => {
      const link = await linkOf(c.req.param('token'))
      const body = await rooms.read(editionDocName(link.editionId), (doc): PublicMeeting => {
        const edition = readEdition(doc).value
        const meeting = edition.meetings.find((each) => each.id === link.meetingId)
        if (!meeting) throw new AppError(404, ErrorCode.NotFound, 'this meeting was deleted')
        return {
          editionTitle: edition.meta.title,
          date: meeting.date,
          place: meeting.place,
          intakeOpen: meeting.intakeOpen,
          workshops: workshopChoices(edition),
        }
      })
      return c.json(body)
    })
    .post('/api/public/meetings/:token/proposals', async (c) => {
      const link = await admit(c, c.req.param('token'))
      const input = await readBody(c, PublicProposalSchema)
      try {
        const id = await rooms.change(
          editionDocName(link.editionId),
          (doc) => {
            // Proposals come in while the chair takes the room's contributions.
            if (!isIntakeOpen(doc, link.meetingId)) {
              throw new AppError(
                409,
                ErrorCode.IntakeClosed,
                'the intake of this meeting is closed',
              )
            }
            return createProposal(doc, input, SERVER_ORIGIN)
          },
          participantActor(input.collectiviteNames[0] ?? ''),
        )
        return c.json({ id }, 201)
      } catch (error) {
        throw editionRefusal(error)
      }
    })
    .post('/api/public/meetings/:token/suggestions', async (c) => {
      const link = await admit(c, c.req.param('token'))
      const input = await readBody(c, PublicSuggestionSchema)
      try {
        const id = await rooms.change(
          editionDocName(link.editionId),
          (doc) => addSuggestion(doc, { ...input, meetingId: link.meetingId }, SERVER_ORIGIN),
          participantActor(input.authorName || input.collectivite || ''),
        )
        return c.json({ id }, 201)
      } catch (error) {
        throw refusal(error)
      }
    })
}

/** A suggestion's refusal: a closed intake is its own answer (409). */
function refusal(error: unknown): unknown {
  if (
    error instanceof EditionError &&
    error.issues.some((issue) => issue.message === SuggestionRefusal.IntakeClosed)
  ) {
    return new AppError(409, ErrorCode.IntakeClosed, 'the intake of this meeting is closed')
  }
  return editionRefusal(error)
}
