import type { Route } from '../../app/router'

/** What the address says of an edition page beyond its tab: its session, day, field, kind. */
export type EditionPlace = Pick<
  Extract<Route, { page: 'edition' }>,
  'meetingId' | 'sessionId' | 'day' | 'field' | 'kind'
>
