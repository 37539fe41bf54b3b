import { type Suggestion, SuggestionTarget } from '../../../shared/doc/edition'

/** What the wall shows: everything, one target, or one workshop's suggestions (`workshop:<themeId>`). */
export type WallFilter = 'all' | Exclude<SuggestionTarget, 'workshop'> | `workshop:${string}`

export const ALL: WallFilter = 'all'

/** The filter of workshop theme `themeId`. */
export const workshopFilter = (themeId: string): WallFilter => `workshop:${themeId}`

/** Whether `suggestion` passes `filter`. */
export function matches(filter: WallFilter, suggestion: Suggestion): boolean {
  if (filter === ALL) return true
  if (filter.startsWith('workshop:')) {
    return (
      suggestion.target === SuggestionTarget.Workshop && `workshop:${suggestion.themeId}` === filter
    )
  }
  return suggestion.target === filter
}
