/**
 * Entries as an earlier Kaigi wrote them, read in today's layout. Nothing is
 * rewritten in the document: the next change to a field writes it anew, and
 * the reader then prefers the new field.
 */

/**
 * A session of layout version 1: one `roomId` instead of `roomIds`,
 * interpretation as a yes or no (yes was simultaneous, the only kind then),
 * and neither rapporteurs nor witnesses.
 */
export function upgradeSessionFields(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const fields: Record<string, unknown> = { ...raw }
  if (!('roomIds' in fields)) {
    fields.roomIds = typeof fields.roomId === 'string' ? [fields.roomId] : []
  }
  delete fields.roomId
  if (typeof fields.interpretation === 'boolean') {
    fields.interpretation = fields.interpretation ? 'simultaneous' : 'none'
  }
  fields.allRooms ??= false
  fields.rapporteurIds ??= []
  fields.witnessIds ??= []
  return fields
}
