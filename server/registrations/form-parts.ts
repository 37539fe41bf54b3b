import { ErrorCode } from '../../shared/errors'
import type { RegistrationDetails, RegistrationFormSchema } from '../../shared/registrations'
import { AppError } from '../app-error'

// What the participation form's routes read a form and its body as.

/** A link to the form: the edition's general one, or a collectivité's own (`collectiviteId`). */
export interface FormLink {
  editionId: string
  deadline: Date
  collectiviteId: string | null
}

export const NO_FORM = () => new AppError(404, ErrorCode.NotFound, 'no form behind this link')

/** What the document says of the registration it will hold: its live part only. */
export const liveFields = (
  collectivite: { id: string | null; name: string; country: 'FR' | 'JP' },
  details: RegistrationDetails,
) => ({
  collectiviteId: collectivite.id,
  collectiviteName: collectivite.name,
  country: collectivite.country,
  delegates: details.delegates,
  workshopIds: details.workshopIds,
  dayIds: details.dayIds,
  wantsToSpeak: details.wantsToSpeak,
  wantsToPropose: details.wantsToPropose,
})

/** The parts of a form's body that are not the collectivité. */
export const detailsOfForm = ({
  collectiviteId: _id,
  collectiviteName: _name,
  country: _country,
  ...details
}: ReturnType<typeof RegistrationFormSchema.parse>): RegistrationDetails => details
