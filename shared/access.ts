import * as z from 'zod'
import { LocalizedTextSchema, TimeZoneSchema } from './doc/edition/schema'

/**
 * Who may do what in an edition. An owner does everything, members and
 * invitations included; an editor edits the programme and invites editors
 * and viewers; a viewer reads. Anonymous participants have no role: they
 * reach only the public meeting and form endpoints.
 */
export const Role = { Owner: 'owner', Editor: 'editor', Viewer: 'viewer' } as const
export type Role = (typeof Role)[keyof typeof Role]
export const RoleSchema = z.enum([Role.Owner, Role.Editor, Role.Viewer])

/** The steering committee a member sits on. */
export const Committee = { Fr: 'fr', Jp: 'jp' } as const
export type Committee = (typeof Committee)[keyof typeof Committee]
export const CommitteeSchema = z.enum([Committee.Fr, Committee.Jp])

/** Whether `role` may change the edition's document. */
export const canEdit = (role: Role): boolean => role === Role.Owner || role === Role.Editor

/** The roles a member with `role` may hand out through an invitation link. */
export function invitableRoles(role: Role): Role[] {
  if (role === Role.Owner) return [Role.Owner, Role.Editor, Role.Viewer]
  if (role === Role.Editor) return [Role.Editor, Role.Viewer]
  return []
}

/** Why an invitation link cannot be used: the `reason` of its 410 answer. */
export const InvitationProblem = {
  Expired: 'expired',
  Revoked: 'revoked',
  UsedUp: 'used-up',
  Invalid: 'invalid',
} as const
export type InvitationProblem = (typeof InvitationProblem)[keyof typeof InvitationProblem]

/** The cookie that carries a signed-in browser's session. */
export const SESSION_COOKIE = 'kaigi_session'

export const MAX_DISPLAY_NAME_LENGTH = 60
export const DisplayNameSchema = z.string().trim().min(1).max(MAX_DISPLAY_NAME_LENGTH)

/** One edition's role of the signed-in person. */
export const MembershipSchema = z.object({
  editionId: z.string(),
  role: RoleSchema,
  committee: CommitteeSchema.nullable(),
})
export type Membership = z.infer<typeof MembershipSchema>

/** `GET /api/me`: who is signed in on this browser. */
export const MeSchema = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    /** The colour this person's presence shows in, the same for everyone. */
    color: z.string(),
    /** The instance's owner: owner of every edition. */
    admin: z.boolean(),
    /** The committee the instance's owner said they sit on; null for others. */
    committee: CommitteeSchema.nullable().default(null),
  }),
  memberships: z.array(MembershipSchema),
})
export type Me = z.infer<typeof MeSchema>

/** `GET /api/invitations/<token>`: what a link offers, before it is accepted. */
export const InvitationPreviewSchema = z.object({
  /** Null for the instance owner's link, which opens every edition. */
  editionId: z.string().nullable(),
  role: RoleSchema,
  committee: CommitteeSchema.nullable(),
  expiresAt: z.string().nullable(),
  /** The edition's title as the list of editions shows it; null without one. */
  editionTitle: LocalizedTextSchema.nullable(),
  /** The edition's time zone, on whose clocks the expiry is shown; null without one. */
  editionTimeZone: TimeZoneSchema.nullable(),
  /** The name of the member who made the link; null for Kaigi's own links. */
  invitedBy: z.string().nullable(),
})
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>

/** The body of `POST /api/invitations/<token>/accept`. */
export const AcceptInvitationSchema = z
  .object({
    name: DisplayNameSchema,
    /** For a link that names no committee, the member says which is theirs. */
    committee: CommitteeSchema.nullable().optional(),
  })
  .strict()
export type AcceptInvitation = z.infer<typeof AcceptInvitationSchema>

/** The answer to an accepted invitation: where to go next. */
export const AcceptedInvitationSchema = z.object({
  editionId: z.string().nullable(),
  /**
   * The link was made before a revocation in its edition: this new arrival
   * waits for an owner's approval, with no access meanwhile.
   */
  pending: z.boolean(),
})
export type AcceptedInvitation = z.infer<typeof AcceptedInvitationSchema>

/** The longest an invitation link may stay valid: 90 days, in hours. */
export const MAX_INVITATION_HOURS = 90 * 24

/** The body of `POST /api/editions/<id>/invitations`. */
export const CreateInvitationSchema = z
  .object({
    role: RoleSchema,
    committee: CommitteeSchema.nullable().default(null),
    expiresInHours: z.number().int().min(1).max(MAX_INVITATION_HOURS),
    /**
     * Null: as many people as open it before it expires. One by default: a
     * forwarded link then makes no second member.
     */
    maxUses: z.number().int().min(1).max(1000).nullable().default(1),
  })
  .strict()
export type CreateInvitation = z.infer<typeof CreateInvitationSchema>

/** An invitation link as its edition's owners and editors see it listed. */
export const InvitationSchema = z.object({
  id: z.string(),
  role: RoleSchema,
  committee: CommitteeSchema.nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  maxUses: z.number().nullable(),
  uses: z.number(),
  revoked: z.boolean(),
  /** The name of the member who made it; null for Kaigi's own links. */
  createdByName: z.string().nullable(),
  /**
   * Made before the latest revocation in its edition: a new person who opens
   * it waits for an owner's approval.
   */
  beforeRevocation: z.boolean(),
  /** Who came in through it, in the order they did. */
  usedBy: z.array(z.object({ personId: z.string(), name: z.string(), usedAt: z.string() })),
})
export type Invitation = z.infer<typeof InvitationSchema>

/** A newly created link: its token is shown this once, never stored in clear. */
export const CreatedInvitationSchema = z.object({
  invitation: InvitationSchema,
  /** The path to open, `/invite/<token>`. */
  path: z.string(),
})
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>

export const InvitationListSchema = z.object({ invitations: z.array(InvitationSchema) })
export type InvitationList = z.infer<typeof InvitationListSchema>

/** A member of an edition, as its member list shows them. */
export const MemberSchema = z.object({
  personId: z.string(),
  name: z.string(),
  color: z.string(),
  role: RoleSchema,
  committee: CommitteeSchema.nullable(),
  joinedAt: z.string(),
  /**
   * The instance's owner: owner of every edition by the first start's link,
   * not by an invitation, so no one can revoke them here.
   */
  instanceOwner: z.boolean(),
  /** The links of this edition they made that can still be used: revoking them revokes those. */
  openLinks: z.number(),
})
export type Member = z.infer<typeof MemberSchema>

export const MemberListSchema = z.object({ members: z.array(MemberSchema) })
export type MemberList = z.infer<typeof MemberListSchema>

/** The path of the page that accepts an invitation. */
export const invitationPath = (token: string): string => `/invite/${token}`

/** Someone who came through a link made before a revocation, waiting for an owner. */
export const ArrivalSchema = z.object({
  personId: z.string(),
  /** The name they typed. */
  name: z.string(),
  arrivedAt: z.string(),
  /** What approving them makes them: the link's role. */
  role: RoleSchema,
  committee: CommitteeSchema.nullable(),
  /** The link they came through: who made it and when. */
  invitation: z.object({
    id: z.string(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
  }),
})
export type Arrival = z.infer<typeof ArrivalSchema>

export const ArrivalListSchema = z.object({ arrivals: z.array(ArrivalSchema) })
export type ArrivalList = z.infer<typeof ArrivalListSchema>

/** How long a link that signs another device in stays valid. */
export const DEVICE_LINK_MINUTES = 15

/** `POST /api/me/device-links`: a one-time link that signs another device in as oneself. */
export const CreatedDeviceLinkSchema = z.object({
  /** The path to open on the other device, `/device/<token>`. */
  path: z.string(),
  expiresAt: z.string(),
})
export type CreatedDeviceLink = z.infer<typeof CreatedDeviceLinkSchema>

/** `GET /api/device-links/<token>`: whom the link signs in, before it is used. */
export const DeviceLinkPreviewSchema = z.object({ name: z.string(), expiresAt: z.string() })
export type DeviceLinkPreview = z.infer<typeof DeviceLinkPreviewSchema>

/** The path of the page that signs another device in. */
export const deviceLinkPath = (token: string): string => `/device/${token}`
