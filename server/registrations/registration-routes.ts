import { type Context, Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Redis } from 'ioredis'
import type { Database } from '../../db'
import { type RowWrite, rowWrite } from '../../db/row-write'
import { Role } from '../../shared/access'
import { participantActor } from '../../shared/activity'
import {
  amendRegistration,
  EditionError,
  EditionErrorCode,
  type EditionSnapshot,
  newId,
  readEdition,
  withdrawRegistration,
  addRegistration as writeRegistration,
} from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import { ErrorCode } from '../../shared/errors'
import { workshopChoices } from '../../shared/meetings'
import {
  formPath,
  type PersonalForm,
  type PublicForm,
  RegistrationCorrectionSchema,
  type RegistrationFormLink,
  RegistrationFormSchema,
  RegistrationFormSettingsSchema,
  type RegistrationFormState,
} from '../../shared/registrations'
import type { AccessStore } from '../access/access-store'
import { TYPABLE_CODE } from '../access/tokens'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { DirectoryStore } from '../directory/directory-store'
import { editionRefusal } from '../editions/edition-refusal'
import { byAddress, rateLimit } from '../http/rate-limit'
import { readBody } from '../http/read-body'
import { memberActor, requireRole } from '../http/roles'
import { createLimiter } from '../limits/limiter'
import { PUBLIC_READS } from '../limits/token-bucket'
import type { MailSends } from '../mail-sends/mail-sends'
import { SERVER_ORIGIN } from '../sync/room-deps'
import type { RoomRegistry } from '../sync/room-registry'
import { detailsOfForm, type FormLink, liveFields, NO_FORM } from './form-parts'
import { PersonalLinks } from './personal-links'
import { RegistrationForms } from './registration-forms'
import { detailsOf, RegistrationStore, recordOf } from './registration-store'
import { CSV_LANGS, type CsvLang, registrationsCsv } from './registrations-csv'

/** Forms per client address: a town hall's staff may send several in a row. */
export const FORMS_PER_ADDRESS = { burst: 20, perSecond: 0.5 }

/** The cookie that may carry the interface's language, for a file asked without `?lang`. */
const LANG_COOKIE = 'kaigi_lang'

/**
 * The participation form: its link and deadline for the committee, the
 * public form behind the edition's link and behind each collectivité's own
 * link (which fills it with what Kaigi knows and amends what it sent), the
 * editors' corrections and withdrawals, and the export of what was returned.
 */
export function registrationRoutes(
  database: Database,
  access: AccessStore,
  rooms: RoomRegistry,
  /** Queues each registration's confirmation with it; none without. */
  sends?: MailSends,
  /** Shares the public form's limits with the other processes on it; null for one process. */
  redis: Redis | null = null,
) {
  const { db } = database
  const store = new RegistrationStore(db)
  const links = new PersonalLinks(db)
  const forms = new RegistrationForms(database)
  const directory = new DirectoryStore(db)
  const formsByAddress = createLimiter('registrations-by-address', FORMS_PER_ADDRESS, redis)
  const reads = createLimiter('form-reads', PUBLIC_READS, redis)

  const formOf = async (token: string): Promise<FormLink> => {
    if (TYPABLE_CODE.test(token)) {
      const form = await forms.byCode(token)
      if (!form) throw NO_FORM()
      return { editionId: form.editionId, deadline: form.deadline, collectiviteId: null }
    }
    const personal = await links.byToken(token)
    if (!personal) throw NO_FORM()
    // A collectivité's link leads to its edition's form: none before the committee sets it.
    const form = await forms.ofEdition(personal.editionId)
    if (!form) throw NO_FORM()
    return { ...personal, deadline: form.deadline }
  }

  /** The collectivité of a personal link, as the edition now has it; a removed one has no form. */
  const collectiviteOf = (edition: EditionSnapshot, link: FormLink) => {
    const found = edition.collectivites.find((each) => each.id === link.collectiviteId)
    if (!found) throw NO_FORM()
    return found
  }

  /** What Kaigi knows of a collectivité: its registration, else its directory contact. */
  const filledFor = async (
    editionId: string,
    collectiviteId: string,
    directoryId: string | null | undefined,
  ): Promise<Pick<PersonalForm, 'registered' | 'filled'>> => {
    const current = await store.ofCollectivite(editionId, collectiviteId)
    if (current) return { registered: true, filled: detailsOf(current) }
    if (!directoryId) return { registered: false, filled: {} }
    const entry = (await directory.list()).find((each) => each.id === directoryId)
    const contact = entry?.contacts[0]
    return {
      registered: false,
      filled: contact ? { contactName: contact.name, email: contact.email } : {},
    }
  }

  /**
   * The rows a registration commits besides its own: its directory entry's
   * participation, when the edition's collectivité names an entry that the
   * directory still holds.
   */
  const participation = async (directoryId: string | null | undefined, editionId: string) => {
    if (!directoryId) return []
    const entry = (await directory.list()).find((each) => each.id === directoryId)
    return entry ? [rowWrite(directory.participationStatement(entry.id, editionId))] : []
  }

  const readLive = <T>(editionId: string, read: (edition: EditionSnapshot) => T) =>
    rooms.read(editionDocName(editionId), (doc) => read(readEdition(doc).value))

  /** Commits a change of a registration with its rows; a refused one as the answer naming why. */
  const commit = async (
    editionId: string,
    change: Parameters<RoomRegistry['change']>[1],
    actor: Parameters<RoomRegistry['change']>[2],
    statements: RowWrite[],
  ) => {
    try {
      await rooms.change(editionDocName(editionId), change, actor, statements)
    } catch (error) {
      if (error instanceof EditionError && error.code === EditionErrorCode.NotFound) {
        throw new AppError(404, ErrorCode.NotFound, 'no such registration in the edition')
      }
      throw editionRefusal(error)
    }
  }

  const csvLang = (c: Context<AppEnv>): CsvLang => {
    const asked = c.req.query('lang') ?? getCookie(c, LANG_COOKIE) ?? 'fr'
    if ((CSV_LANGS as readonly string[]).includes(asked)) return asked as CsvLang
    throw new AppError(400, ErrorCode.BadRequest, `no language ${asked}: fr, ja or en`, [
      { path: 'lang', message: 'fr, ja or en' },
    ])
  }

  /** An editor's access to registration `registrationId` of edition `id`, for a change. */
  const editorOf = async (c: Context<AppEnv>) => {
    const editionId = c.req.param('id') ?? ''
    const caller = await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
    if (caller.readOnlyEdition) {
      throw new AppError(400, ErrorCode.BadRequest, 'this edition is a record: no changes')
    }
    const row = await store.byId(editionId, c.req.param('registrationId') ?? '')
    if (!row) throw new AppError(404, ErrorCode.NotFound, 'no such registration')
    return { editionId, caller, row }
  }

  return new Hono<AppEnv>()
    .get('/api/editions/:id/registration-form', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner, Role.Editor, Role.Viewer])
      const form = await forms.ofEdition(editionId)
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
      const form = await forms.setDeadline(editionId, new Date(deadline))
      const body: RegistrationFormLink = {
        path: formPath(form.token),
        deadline: form.deadline.toISOString(),
      }
      return c.json(body)
    })
    .get('/api/public/forms/:token', rateLimit(reads, byAddress), async (c) => {
      const link = await formOf(c.req.param('token'))
      const seen = await readLive(link.editionId, (edition) => ({
        form: {
          editionTitle: edition.meta.title,
          deadline: link.deadline.toISOString(),
          timeZone: edition.meta.timeZone,
          open: Date.now() < link.deadline.getTime(),
          // A collectivité's own link names it alone.
          collectivites: link.collectiviteId
            ? []
            : edition.collectivites.map(({ id, name, country }) => ({ id, name, country })),
          workshops: workshopChoices(edition),
          days: edition.days.map((day) => day.id),
        },
        collectivite: link.collectiviteId ? collectiviteOf(edition, link) : null,
      }))
      const personal: PersonalForm | null = seen.collectivite
        ? {
            collectivite: {
              id: seen.collectivite.id,
              name: seen.collectivite.name,
              country: seen.collectivite.country,
            },
            ...(await filledFor(
              link.editionId,
              seen.collectivite.id,
              seen.collectivite.directoryId,
            )),
          }
        : null
      const body: PublicForm = { ...seen.form, personal }
      return c.json(body)
    })
    .post(
      '/api/public/forms/:token/registrations',
      rateLimit(formsByAddress, byAddress, 'too many forms: wait a moment'),
      async (c) => {
        const link = await formOf(c.req.param('token'))
        if (Date.now() >= link.deadline.getTime()) {
          throw new AppError(
            409,
            ErrorCode.FormClosed,
            `the deadline has passed (${link.deadline.toISOString()})`,
          )
        }
        const input = await readBody(c, RegistrationFormSchema)
        if (link.collectiviteId !== null && input.collectiviteId !== link.collectiviteId) {
          throw new AppError(400, ErrorCode.InvalidInput, 'this link is another collectivité’s', [
            { path: 'collectiviteId', message: 'this link is another collectivité’s' },
          ])
        }
        const details = detailsOfForm(input)
        const { editionId } = link
        const now = new Date()
        // The collectivité as the edition names it, in its own country's language.
        const { fields, directoryId, edition } = await readLive(editionId, (edition) => {
          const picked = edition.collectivites.find((each) => each.id === input.collectiviteId)
          const country = picked?.country ?? input.country
          return {
            edition,
            directoryId: picked?.directoryId,
            fields: liveFields(
              {
                id: input.collectiviteId,
                name: picked?.name[country === 'JP' ? 'ja' : 'fr'] || input.collectiviteName,
                country,
              },
              details,
            ),
          }
        })
        const actor = participantActor(fields.collectiviteName)
        const current = link.collectiviteId
          ? await store.ofCollectivite(editionId, link.collectiviteId)
          : undefined
        // Its confirmation is queued in the same transaction: no registration
        // without its message, no message for a registration refused.
        const confirmation = (amended: boolean) =>
          sends
            ? sends.confirmationStatements(
                editionId,
                edition,
                {
                  collectiviteId: fields.collectiviteId,
                  collectiviteName: fields.collectiviteName,
                  country: fields.country,
                  contactName: details.contactName,
                  email: details.email,
                  delegates: details.delegates,
                  amended,
                },
                link.deadline,
              )
            : Promise.resolve([])
        // The personal details stay in the database, the live entry goes into
        // the document: both are written in one transaction, so neither ever
        // stands without the other. Sent again through its own link, a
        // collectivité's form replaces what it sent, under the same id.
        if (current) {
          await commit(
            editionId,
            (doc) => {
              try {
                amendRegistration(doc, current.id, fields, SERVER_ORIGIN, now)
              } catch (error) {
                // Its live entry was removed from the document meanwhile: it comes back.
                if (!(error instanceof EditionError && error.code === EditionErrorCode.NotFound)) {
                  throw error
                }
                writeRegistration(doc, fields, SERVER_ORIGIN, current.createdAt, current.id)
              }
            },
            actor,
            [
              store.update(current.id, details, now),
              ...(await participation(directoryId, editionId)),
              ...(await confirmation(true)),
            ],
          )
          sends?.queued()
          return c.json({ id: current.id, amended: true }, 200)
        }
        const id = newId()
        await commit(
          editionId,
          (doc) => writeRegistration(doc, fields, SERVER_ORIGIN, now, id),
          actor,
          [
            store.insert({
              id,
              editionId,
              collectiviteId: fields.collectiviteId,
              collectiviteName: fields.collectiviteName,
              country: fields.country,
              details,
              createdAt: now,
            }),
            ...(await participation(directoryId, editionId)),
            ...(await confirmation(false)),
          ],
        )
        sends?.queued()
        return c.json({ id, amended: false }, 201)
      },
    )
    .get('/api/editions/:id/registrations/:registrationId', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
      const row = await store.byId(editionId, c.req.param('registrationId'))
      if (!row) throw new AppError(404, ErrorCode.NotFound, 'no such registration')
      return c.json(recordOf(row))
    })
    .put('/api/editions/:id/registrations/:registrationId', async (c) => {
      const { editionId, caller, row } = await editorOf(c)
      const details = await readBody(c, RegistrationCorrectionSchema)
      const now = new Date()
      const fields = liveFields(
        { id: row.collectiviteId, name: row.collectiviteName, country: row.country },
        details,
      )
      await commit(
        editionId,
        (doc) => amendRegistration(doc, row.id, fields, SERVER_ORIGIN, now),
        memberActor(c, caller),
        [store.update(row.id, details, now)],
      )
      return c.json(recordOf({ ...row, ...details, updatedAt: now }))
    })
    .delete('/api/editions/:id/registrations/:registrationId', async (c) => {
      const { editionId, caller, row } = await editorOf(c)
      const live = await readLive(editionId, (edition) =>
        edition.registrations.some((each) => each.id === row.id),
      )
      // Its live entry already gone from the document: only the row is left to remove.
      if (!live) {
        await database.client.execute(store.delete(row.id))
        return c.body(null, 204)
      }
      await commit(
        editionId,
        (doc) => withdrawRegistration(doc, row.id, SERVER_ORIGIN),
        memberActor(c, caller),
        [store.delete(row.id)],
      )
      return c.body(null, 204)
    })
    .get('/api/editions/:id/export/registrations.csv', async (c) => {
      const editionId = c.req.param('id')
      await requireRole(c, access, editionId, [Role.Owner, Role.Editor])
      const lang = csvLang(c)
      const rows = await store.list(editionId)
      const csv = await readLive(editionId, (edition) => registrationsCsv(rows, edition, lang))
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="registrations-${editionId}-${lang}.csv"`,
      })
    })
}
