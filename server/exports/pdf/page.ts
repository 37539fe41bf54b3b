/**
 * The programme's A4 page, in points: its margins, the width left between
 * them, and the gutter that holds a session's time left of its columns.
 */

/** The pdfkit document the programme is drawn on. */
export type Doc = PDFKit.PDFDocument

export const PAGE = { width: 595.28, height: 841.89 }
export const MARGIN = { top: 62, bottom: 60, left: 50, right: 50 }
export const LEFT = MARGIN.left
export const WIDTH = PAGE.width - MARGIN.left - MARGIN.right
export const BOTTOM = PAGE.height - MARGIN.bottom
/** The time of a session, left of its columns. */
export const GUTTER = 50
export const GUTTER_GAP = 14
export const COLUMN_GAP = 18
