import { MINUTES_PER_DAY, SLOT_MINUTES, snapMinutes } from '../../../shared/doc/edition'
import { PX_PER_MINUTE } from './grid-layout'

/**
 * What is under the pointer during a drag: a room's column at some time of
 * the day shown, the tray of unplaced sessions, or nothing of the grid.
 * Read from the data attributes the grid and the tray carry, so that a
 * block, a tray item and an empty column share one reading.
 */
export type PointTarget =
  | { kind: 'column'; roomId: string; minutes: number }
  | { kind: 'tray' }
  | { kind: 'none' }

/**
 * The time under `y` in `column`, on the 5-minute grid: the slot the
 * pointer is in (`floor`, for a drop), or the nearest line (`round`, for
 * the edges of a stretch being drawn).
 */
export function minutesAt(
  column: HTMLElement,
  y: number,
  snap: 'floor' | 'round' = 'floor',
): number {
  const top = column.getBoundingClientRect().top
  const start = Number(column.dataset.rangeStart ?? 0)
  const slots = (start + (y - top) / PX_PER_MINUTE) / SLOT_MINUTES
  const minutes = (snap === 'floor' ? Math.floor(slots) : Math.round(slots)) * SLOT_MINUTES
  return Math.min(Math.max(0, minutes), MINUTES_PER_DAY)
}

export function targetAt(x: number, y: number): PointTarget {
  for (const element of document.elementsFromPoint(x, y)) {
    if (!(element instanceof HTMLElement)) continue
    if (element.dataset.tray !== undefined) return { kind: 'tray' }
    if (element.dataset.column !== undefined && element.dataset.roomId) {
      return { kind: 'column', roomId: element.dataset.roomId, minutes: minutesAt(element, y) }
    }
  }
  return { kind: 'none' }
}

/** A vertical drag of `dy` pixels as minutes, in whole 5-minute steps. */
export const snappedMinutes = (dy: number): number => snapMinutes(dy / PX_PER_MINUTE)

/** How far a pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD_PX = 4
