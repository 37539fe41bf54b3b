import { type ActivityList, ActivityListSchema } from '../../../shared/activity'
import { callApi } from '../../lib/api'

/** Which entries to list: one session's, one member's, from where the last page ended. */
export interface ActivityFilter {
  entity?: string | null
  person?: string | null
  before?: string | null
  limit?: number
}

/** A page of edition `editionId`'s activity, newest first (members only). */
export function fetchActivity(
  editionId: string,
  filter: ActivityFilter = {},
): Promise<ActivityList> {
  const query = new URLSearchParams()
  if (filter.entity) query.set('entity', filter.entity)
  if (filter.person) query.set('person', filter.person)
  if (filter.before) query.set('before', filter.before)
  if (filter.limit !== undefined) query.set('limit', String(filter.limit))
  const search = query.toString() ? `?${query}` : ''
  return callApi(
    `/api/editions/${encodeURIComponent(editionId)}/activity${search}`,
    ActivityListSchema,
  )
}
