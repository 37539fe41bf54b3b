import { Hono } from 'hono'
import { canEdit, Role } from '../../shared/access'
import { EDITION_DOC_PREFIX } from '../../shared/editions'
import { ErrorCode } from '../../shared/errors'
import { personColor } from '../../shared/person-color'
import { isValidDocName } from '../../shared/protocol'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { isSameOrigin } from '../http/same-origin'
import { requirePrincipal } from '../http/session'
import type { ConnectionAccess } from './connection'

/**
 * `/sync/<docName>`: the websocket endpoint. The route decides whether the
 * upgrade is accepted, and with what rights, before any document is loaded:
 * a signed-in member of the document's edition, from one of Kaigi's pages
 * (or from a program, which sends no Origin). The upgrade bridge then hands
 * the socket to the document's room.
 *
 * A document that is no edition's (a plain shared text, `/?doc=`) is open
 * to the instance's owner and to whoever may edit some edition.
 *
 * An edition the caller holds no role in is answered as one that does not
 * exist, with the same status and words, as the HTTP API answers it: the
 * door tells an outsider nothing of which editions there are. (Whether a
 * name is an edition's is no secret: its prefix says so.)
 */
export function syncRoutes(access: AccessStore, allowedOrigins: readonly string[]) {
  return new Hono<AppEnv>().get('/sync/:docName', async (c) => {
    const docName = c.req.param('docName')
    if (!isValidDocName(docName)) {
      throw new AppError(400, ErrorCode.InvalidDocName, `invalid document name: ${docName}`)
    }
    const slot = c.env?.upgrade
    if (!slot || c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
      throw new AppError(426, ErrorCode.BadRequest, 'this endpoint speaks websocket only')
    }
    const sameOrigin = isSameOrigin(
      { origin: c.req.header('origin'), host: c.req.header('host') },
      allowedOrigins,
    )
    if (!sameOrigin) {
      throw new AppError(403, ErrorCode.CrossOrigin, 'connections from other sites are refused')
    }
    const principal = requirePrincipal(c)
    const identity = { name: principal.name, color: personColor(principal.personId) }
    const base = { personId: principal.personId, sessionHash: principal.sessionHash }
    let connection: ConnectionAccess
    const edition = await access.members.documentAccess(principal, docName)
    if (edition) {
      connection = {
        ...base,
        editionId: edition.editionId,
        canEdit: canEdit(edition.role) && !edition.readOnlyEdition,
        identity: { ...identity, committee: edition.committee },
      }
    } else if (
      docName.startsWith(EDITION_DOC_PREFIX) ||
      (await access.members.isEditionDocument(docName))
    ) {
      // Not theirs, or not yet anyone's (kept for editions to come: nobody
      // may write a future edition's document): one answer for both.
      throw new AppError(404, ErrorCode.NotFound, `no edition has the document ${docName}`)
    } else {
      const me = await access.members.me(principal)
      if (!me.person.admin && !me.memberships.some((m) => m.role !== Role.Viewer)) {
        throw new AppError(403, ErrorCode.Forbidden, 'shared texts are for editors')
      }
      connection = { ...base, editionId: null, canEdit: true, identity }
    }
    slot.accepted = { docName, access: connection }
    return c.body(null, 204)
  })
}
