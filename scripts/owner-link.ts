/**
 * `npm run owner-link`: makes a new link that signs its opener in as the
 * instance's owner (valid 7 days, once), for when the first start's link is
 * lost. Works beside a running server: the database takes turns.
 */
import { createDb } from '../db'
import { AccessStore } from '../server/access/access-store'
import { readEnv } from '../server/env'
import { invitationPath, Role } from '../shared/access'

const env = readEnv()
const database = await createDb(env.DATABASE_URL, {
  authToken: env.DATABASE_AUTH_TOKEN,
  synchronous: env.DATABASE_SYNCHRONOUS,
})
await database.migrate()
const { token } = await new AccessStore(database).invitations.create({
  editionId: null,
  role: Role.Owner,
  committee: null,
  createdBy: null,
  expiresInHours: 7 * 24,
  maxUses: 1,
})
database.close()
console.log(`Open this link to sign in as Kaigi's owner (valid 7 days, once):`)
console.log(`  http://${env.HOST}:${env.PORT}${invitationPath(token)}`)
