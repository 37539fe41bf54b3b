import { type EditionListItem, EditionListSchema } from '../../../shared/editions'
import { callApi } from '../../lib/api'

export type EditionItem = EditionListItem

/** The editions the signed-in person may see, each with their role, from `GET /api/editions`. */
export async function fetchEditions(): Promise<EditionItem[]> {
  return (await callApi('/api/editions', EditionListSchema)).editions
}
