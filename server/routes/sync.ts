import { Hono } from 'hono'
import { ErrorCode } from '../../shared/errors'
import { isValidDocName } from '../../shared/protocol'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'

/**
 * `/sync/<docName>`: the websocket endpoint. The route decides whether the
 * upgrade is accepted (middleware in front of it sees the request as any
 * other); the upgrade bridge then hands the socket to the document's room.
 */
export function syncRoutes() {
  return new Hono<AppEnv>().get('/sync/:docName', (c) => {
    const docName = c.req.param('docName')
    if (!isValidDocName(docName)) {
      throw new AppError(400, ErrorCode.InvalidDocName, `invalid document name: ${docName}`)
    }
    const slot = c.env?.upgrade
    if (!slot || c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
      throw new AppError(426, ErrorCode.BadRequest, 'this endpoint speaks websocket only')
    }
    slot.accepted = { docName }
    return c.body(null, 204)
  })
}
