import type { InArgs } from '@libsql/client'
import { asc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import type { Database } from '../../db'
import { editions, registrationForms, registrations } from '../../db/schema'
import { Role } from '../../shared/access'
import { participantActor } from '../../shared/activity'
import { addRegistration, checkRegistration, newId, readEdition } from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import { ErrorCode } from '../../shared/errors'
import { workshopChoices } from '../../shared/meetings'
import {
  formPath,
  type PublicForm,
  type RegistrationFormLink,
  RegistrationFormSchema,
  RegistrationFormSettingsSchema,
  type RegistrationFormState,
} from '../../shared/registrations'
import type { AccessStore } from '../access/access-store'
import { newTypableCode, TYPABLE_CODE } from '../access/tokens'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { editionRefusal } from '../edition-refusal'
import { csvWithBom } from '../export/csv'
import { PUBLIC_READS, RateLimiter } from '../limits/token-bucket'
import { SERVER_ORIGIN } from '../sync/room'
import type { RoomRegistry } from '../sync/room-registry'
import { readBody, requireRole } from './access'

/** Forms per client address: a town hall's staff may send several in a row. */
const PER_ADDRESS = { burst: 20, perSecond: 0.5 }

/**
 * The participation form: its link and deadline for the committee, the
 * public form behind the link, and the export of what was returned.
 */
export function registrationRoutes(database: Database, access: AccessStore, rooms: RoomRegistry) {
  const { db } = database
  const byAddress = new RateLimiter(PER_ADDRESS.burst, PER_ADDRESS.perSecond)
  const reads = new RateLimiter(PUBLIC_READS.burst, PUBLIC_READS.perSecond)

  const formOf = async (token: string) => {
    if (!TYPABLE_CODE.test(token))
      throw new AppError(404, ErrorCode.NotFound, 'no form behind this link')
    const [form] = await db
      .select()
      .from(registrationForms)
      .where(eq(registrationForms.token, token))
    if (!form) throw new AppError(404, ErrorCode.NotFound, 'no form behind this link')
    return form
  }

  return new Hono<AppEnv>()
    .get('/api/editions/:id/registration-form', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner, Role.Editor, Role.Viewer])
      const [form] = await db
        .select()
        .from(registrationForms)
        .where(eq(registrationForms.editionId, editionId))
      // No form yet is a state of the edition, not a missing page.
      const body: RegistrationFormState = {
        form: form ? { path: formPath(form.token), deadline: form.deadline.toISOString() } : null,
      }
      return c.json(body)
    })
    .put('/api/editions/:id/registration-form', async (c) => {
      const editionId = c.req.param('id')
      const caller = await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
      if (caller.readOnlyEdition) {
        throw new AppError(400, ErrorCode.BadRequest, 'this edition is a record: no form')
      }
      const { deadline } = await readBody(c, RegistrationFormSettingsSchema)
      await db
        .insert(registrationForms)
        .values({ editionId, token: newTypableCode(), deadline: new Date(deadline) })
        .onConflictDoUpdate({
          target: registrationForms.editionId,
          set: { deadline: new Date(deadline) },
        })
      const [form] = await db
        .select()
        .from(registrationForms)
        .where(eq(registrationForms.editionId, editionId))
      const body: RegistrationFormLink = {
        path: formPath(form?.token ?? ''),
        deadline: form?.deadline.toISOString() ?? deadline,
      }
      return c.json(body)
    })
    .get('/api/public/forms/:token', async (c) => {
      if (!reads.take(c.get('clientAddress'))) {
        throw new AppError(429, ErrorCode.TooManyRequests, 'too many requests: wait a moment')
      }
      const form = await formOf(c.req.param('token'))
      const body = await rooms.read(editionDocName(form.editionId), (doc): PublicForm => {
        const edition = readEdition(doc).value
        return {
          editionTitle: edition.meta.title,
          deadline: form.deadline.toISOString(),
          timeZone: edition.meta.timeZone,
          open: Date.now() < form.deadline.getTime(),
          collectivites: edition.collectivites.map(({ id, name, country }) => ({
            id,
            name,
            country,
          })),
          workshops: workshopChoices(edition),
        }
      })
      return c.json(body)
    })
    .post('/api/public/forms/:token/registrations', async (c) => {
      if (!byAddress.take(c.get('clientAddress'))) {
        throw new AppError(429, ErrorCode.TooManyRequests, 'too many forms: wait a moment')
      }
      const form = await formOf(c.req.param('token'))
      if (Date.now() >= form.deadline.getTime()) {
        throw new AppError(
          409,
          ErrorCode.FormClosed,
          `the deadline has passed (${form.deadline.toISOString()})`,
        )
      }
      const input = await readBody(c, RegistrationFormSchema)
      const id = newId()
      const now = new Date()
      // The contact details stay in the database, the live entry goes into
      // the document: both are written in one transaction, so neither ever
      // stands without the other.
      const docName = editionDocName(form.editionId)
      const registration = await rooms
        .read(docName, (doc) => {
          const edition = readEdition(doc).value
          const picked = edition.collectivites.find((each) => each.id === input.collectiviteId)
          return checkRegistration(doc, {
            collectiviteId: input.collectiviteId,
            collectiviteName:
              picked?.name[input.country === 'JP' ? 'ja' : 'fr'] || input.collectiviteName,
            country: input.country,
            delegates: input.delegates,
            workshopIds: input.workshopIds,
            wantsToSpeak: input.wantsToSpeak,
            wantsToPropose: input.wantsToPropose,
          })
        })
        .catch((error: unknown) => {
          throw editionRefusal(error)
        })
      const { sql, params } = db
        .insert(registrations)
        .values({
          ...registration,
          id,
          editionId: form.editionId,
          contactName: input.contactName,
          email: input.email,
          createdAt: now,
        })
        .toSQL()
      try {
        await rooms.change(
          docName,
          (doc) => addRegistration(doc, registration, SERVER_ORIGIN, now, id),
          participantActor(registration.collectiviteName),
          [{ sql, args: params as InArgs }],
        )
      } catch (error) {
        throw editionRefusal(error)
      }
      return c.json({ id }, 201)
    })
    .get('/api/editions/:id/export/registrations.csv', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
      const [edition] = await db.select().from(editions).where(eq(editions.id, editionId))
      const rows = await db
        .select()
        .from(registrations)
        .where(eq(registrations.editionId, editionId))
        .orderBy(asc(registrations.createdAt), asc(registrations.id))
      const csv = csvWithBom([
        [
          'id',
          'collectivite',
          'country',
          'contact',
          'email',
          'delegates',
          'workshops',
          'wants_to_speak',
          'wants_to_propose',
          'registered_at',
        ],
        ...rows.map((row) => [
          row.id,
          row.collectiviteName,
          row.country,
          row.contactName,
          row.email,
          String(row.delegates),
          row.workshopIds.join(' '),
          row.wantsToSpeak ? 'yes' : 'no',
          row.wantsToPropose ? 'yes' : 'no',
          row.createdAt.toISOString(),
        ]),
      ])
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="registrations-${edition?.id ?? editionId}.csv"`,
      })
    })
}
