/**
 * The programme's A4 page, in twips (a twentieth of a point): its margins,
 * the width left between them, and the column of a session's time.
 */

export const PAGE = { width: 11906, height: 16838 }
export const MARGIN = { top: 1191, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 }
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
/** The time of a session, left of its languages. */
export const TIME_WIDTH = 1000

/** A length in points, in twips. */
export const pt = (points: number): number => Math.round(points * 20)
