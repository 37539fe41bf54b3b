import {
  type EditionSnapshot,
  editionDates,
  type Proposal,
  ProposalStatus,
} from '../../../shared/doc/edition'
import { editionPath } from '../../app/router'

/** The days a session may go on: the edition's dates, and any day already holding one. */
export function editionDays(edition: EditionSnapshot): string[] {
  // editionDates: none for dates too far apart, as a crafted document may hold.
  const all = new Set(editionDates(edition.meta))
  for (const session of edition.sessions) if (session.day !== null) all.add(session.day)
  return [...all].sort()
}

/** The statuses in the order the proposals view groups them. */
export const PROPOSAL_GROUPS = [
  ProposalStatus.Submitted,
  ProposalStatus.UnderReview,
  ProposalStatus.Accepted,
  ProposalStatus.Merged,
  ProposalStatus.Declined,
] as const

/** Submitted or under review: still to decide on, so it may be merged into. */
export const isUndecided = (proposal: Proposal): boolean =>
  proposal.status === ProposalStatus.Submitted || proposal.status === ProposalStatus.UnderReview

/** The address of proposal `proposalId` in the proposals view of edition `editionId`. */
export const proposalPath = (editionId: string, proposalId: string): string =>
  `${editionPath(editionId, 'proposals')}#proposal-${encodeURIComponent(proposalId)}`

/** The co-proposers typed one a line, each once. */
export const namesOf = (lines: string): string[] => [
  ...new Set(
    lines
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ),
]
