import type { Database } from '../../db'
import { type Collectivite, diffProgrammes, type EditionSnapshot } from '../../shared/doc/edition'
import { SendKind } from '../../shared/mail'
import { DirectoryStore } from '../directory/directory-store'
import type { VersionReader } from '../editions/published-programme'
import { letterLanguage } from '../letters/letter-sources'
import type { OutboxStore } from '../mail/outbox-store'
import type { RegistrationStore } from '../registrations/registration-store'
import { VersionStore } from '../versions/version-store'
import { changeNoticeMessage } from './change-notice-message'
import type { ComposedMessage } from './pack-message'

export interface ChangeNoticeSources {
  database: Database
  outbox: OutboxStore
  registrations: RegistrationStore
  versions: VersionReader
}

/** The notices of `versionId`'s publication at `publishedAt`, one per registered collectivité. */
export async function changeNotices(
  deps: ChangeNoticeSources,
  editionId: string,
  edition: EditionSnapshot,
  versionId: string,
  publishedAt: Date,
): Promise<ComposedMessage[]> {
  const rows = (await deps.registrations.list(editionId)).filter((row) => row.collectiviteId)
  if (rows.length === 0) return []
  const saved = new VersionStore(deps.database)
  const published = await saved.published(editionId)
  const current = await saved.facts(editionId, versionId)
  const inForceAt = (at: number) =>
    published.find(
      (each) => each.id !== versionId && (each.publishedAt?.getTime() ?? Infinity) <= at,
    ) ?? null
  const lastNotice = new Map<string, number>()
  for (const send of await deps.outbox.list(editionId)) {
    if (send.kind !== SendKind.ChangeNotice) continue
    for (const message of send.messages) {
      if (!message.collectiviteId || lastNotice.has(message.collectiviteId)) continue
      lastNotice.set(message.collectiviteId, new Date(send.createdAt).getTime())
    }
  }
  const after = await deps.versions.snapshot(editionId, versionId)
  if (!after) return []
  const directory = await new DirectoryStore(deps.database.db).list()
  const messages: ComposedMessage[] = []
  const seen = new Set<string>()
  for (const row of [...rows].reverse()) {
    const collectiviteId = row.collectiviteId as string
    if (seen.has(collectiviteId)) continue
    seen.add(collectiviteId)
    const since = inForceAt(lastNotice.get(collectiviteId) ?? publishedAt.getTime())
    const before = since ? await deps.versions.snapshot(editionId, since.id) : null
    const collectivite: Collectivite | undefined = edition.collectivites.find(
      (each) => each.id === collectiviteId,
    )
    const entry = collectivite?.directoryId
      ? directory.find((each) => each.id === collectivite.directoryId)
      : undefined
    const language = letterLanguage(row.country, entry)
    messages.push(
      changeNoticeMessage(
        after,
        { collectiviteId, toName: row.contactName, toEmail: row.email, language },
        before ? diffProgrammes(before, after) : [],
        current?.name ?? '',
        since && before ? since.name : null,
      ),
    )
  }
  return messages
}
