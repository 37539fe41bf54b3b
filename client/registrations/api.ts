import { z } from 'zod'
import {
  type PublicForm,
  PublicFormSchema,
  type RegistrationForm,
  type RegistrationFormLink,
  RegistrationFormLinkSchema,
  RegistrationFormStateSchema,
} from '../../shared/registrations'
import { callApi } from '../access/api'

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

/** Sends a collectivité's participation form; refusals come back as `ApiError`s. */
export const sendRegistration = (token: string, body: RegistrationForm): Promise<unknown> =>
  callApi(`${publicPath(token)}/registrations`, z.unknown(), { method: 'POST', body })

/** The address of the registrations' CSV export (owners and editors). */
export const registrationsCsvPath = (editionId: string): string =>
  `/api/editions/${encodeURIComponent(editionId)}/export/registrations.csv`
