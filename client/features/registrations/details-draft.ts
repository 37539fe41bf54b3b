import {
  Interpretation,
  type RegistrationCorrection,
  type RegistrationDetails,
  type RegistrationMember,
} from '../../../shared/registrations'

/** A bulletin's details as typed: the delegates' count as its text, members as rows. */
export interface DetailsDraft {
  contactName: string
  email: string
  delegates: string
  workshopIds: string[]
  dayIds: string[]
  wantsToSpeak: boolean
  wantsToPropose: boolean
  members: RegistrationMember[]
  interpretation: Interpretation
  dietaryNeeds: string
  accessibilityNeeds: string
}

export const emptyMember = (): RegistrationMember => ({
  nameLatin: '',
  nameJapanese: '',
  function: '',
  email: '',
})

/** A draft filled with what is known (a registration, a directory contact), the rest empty. */
export const draftOf = (filled: Partial<RegistrationDetails> = {}): DetailsDraft => ({
  contactName: filled.contactName ?? '',
  email: filled.email ?? '',
  delegates: String(filled.delegates ?? 1),
  workshopIds: [...(filled.workshopIds ?? [])],
  dayIds: [...(filled.dayIds ?? [])],
  wantsToSpeak: filled.wantsToSpeak ?? false,
  wantsToPropose: filled.wantsToPropose ?? false,
  members: (filled.members ?? []).map((member) => ({ ...member })),
  interpretation: filled.interpretation ?? Interpretation.None,
  dietaryNeeds: filled.dietaryNeeds ?? '',
  accessibilityNeeds: filled.accessibilityNeeds ?? '',
})

/** The member rows that say something: a row left wholly blank is no member. */
export const filledMembers = (members: readonly RegistrationMember[]): RegistrationMember[] =>
  members.filter((member) => Object.values(member).some((value) => value.trim() !== ''))

/**
 * The draft as sent: as typed, the server checks every field and names
 * what is wrong (prune the blank member rows first, so that the rows keep
 * the numbers the server names them by).
 */
export function detailsBody(draft: DetailsDraft): RegistrationCorrection {
  const count = Number.parseInt(draft.delegates, 10)
  return {
    ...draft,
    delegates: Number.isNaN(count) ? (null as unknown as number) : count,
    workshopIds: [...draft.workshopIds],
    dayIds: [...draft.dayIds],
    members: draft.members.map((member) => ({ ...member })),
  }
}
