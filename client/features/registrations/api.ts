import * as z from 'zod'
import {
  type PublicForm,
  PublicFormSchema,
  type RegistrationCorrection,
  type RegistrationForm,
  type RegistrationFormLink,
  RegistrationFormLinkSchema,
  RegistrationFormStateSchema,
  type RegistrationRecord,
  RegistrationRecordSchema,
} from '../../../shared/registrations'
import { callApi } from '../../lib/api'

const formPath = (editionId: string) =>
  `/api/editions/${encodeURIComponent(editionId)}/registration-form`
const publicPath = (token: string) => `/api/public/forms/${encodeURIComponent(token)}`

/** The participation form of edition `editionId` (its link and deadline); null if none yet. */
export async function fetchFormLink(editionId: string): Promise<RegistrationFormLink | null> {
  return (await callApi(formPath(editionId), RegistrationFormStateSchema)).form
}

/** Sets the deadline of the participation form (creating it the first time), for owners and editors. */
export const saveFormDeadline = (
  editionId: string,
  deadline: string,
): Promise<RegistrationFormLink> =>
  callApi(formPath(editionId), RegistrationFormLinkSchema, { method: 'PUT', body: { deadline } })

/** What the public form page at link `token` shows. */
export const fetchPublicForm = (token: string): Promise<PublicForm> =>
  callApi(publicPath(token), PublicFormSchema)

const SentSchema = z.object({ id: z.string(), amended: z.boolean() })

/**
 * Sends a collectivité's participation form (through its own link, a
 * second send amends the first); refusals come back as `ApiError`s.
 */
export const sendRegistration = (
  token: string,
  body: RegistrationForm,
): Promise<z.infer<typeof SentSchema>> =>
  callApi(`${publicPath(token)}/registrations`, SentSchema, { method: 'POST', body })

/** The address of the registrations' CSV export (owners and editors), in `lang`. */
export const registrationsCsvPath = (editionId: string, lang: string): string =>
  `/api/editions/${encodeURIComponent(editionId)}/export/registrations.csv?lang=${lang}`

const registrationPath = (editionId: string, id: string) =>
  `/api/editions/${encodeURIComponent(editionId)}/registrations/${encodeURIComponent(id)}`

/** A registration whole, with its contact and delegation (owners and editors). */
export const fetchRegistration = (editionId: string, id: string): Promise<RegistrationRecord> =>
  callApi(registrationPath(editionId, id), RegistrationRecordSchema)

/** An editor's correction of a registration. */
export const correctRegistration = (
  editionId: string,
  id: string,
  body: RegistrationCorrection,
): Promise<RegistrationRecord> =>
  callApi(registrationPath(editionId, id), RegistrationRecordSchema, { method: 'PUT', body })

/** Withdraws a registration, from the list and the database. */
export const withdrawRegistration = (editionId: string, id: string): Promise<void> =>
  callApi<void>(registrationPath(editionId, id), null, { method: 'DELETE' })
