import { seedPastEdition } from '../server/editions/demo'
import { SERVER_ORIGIN } from '../server/sync/room-deps'
import { type DirectoryList, DirectoryListSchema } from '../shared/directory'
import {
  createCollectivite,
  readEdition,
  readLocalizedText,
  updateSession,
} from '../shared/doc/edition'
import { editionDocName } from '../shared/editions'
import { PackFile } from '../shared/letters/pack'
import { MessageState, SendKind } from '../shared/mail'
import { connectClient, synced } from '../tests/helpers/clients'
import { fillLargeEdition } from '../tests/helpers/large-edition'
import { startServer } from '../tests/helpers/start-server'
import { startSmtpSink } from '../tests/server/mail/smtp-sink'
import { median, percentile } from './stats'

/**
 * The outbox draining: `messages` queued in one send, each with a
 * collectivité's letter, agenda, form and programme (of a `sessions`-session
 * edition) as attachments made when it is sent, delivered to a real SMTP
 * server (smtp-server, in this process) at `perMinute`. Meanwhile a member's
 * edits are relayed to another member, against the same edits with the
 * server idle, and the event loop's turns are counted (the server runs in
 * this process), as the pack's bench does: the attachments are laid out on
 * the export thread and the worker only awaits, so the relay should not
 * wait for the drain.
 */
export interface OutboxOptions {
  messages: number
  collectivites: number
  sessions: number
  perMinute: number
  editPaceMs: number
}

export interface RelayFigures {
  edits: number
  medianMs: number
  p99Ms: number
  maxMs: number
  turnsPerSecond: number
}

export interface OutboxResult {
  messages: number
  perMinute: number
  drainMs: number
  /** Messages a minute from the first acceptance to the last. */
  achievedPerMinute: number
  medianGapMs: number
  minGapMs: number
  /** What the SMTP server received, attachments base64-encoded. */
  bytes: number
  idle: RelayFigures
  duringDrain: RelayFigures
}

const EDITION = 'outbox-bench'
const PREVIOUS = 'aix-en-provence-2022'
const ATTACHED = [PackFile.LetterPdf, PackFile.AgendaPdf, PackFile.FormPdf, PackFile.ProgrammePdf]

function directoryCsv(count: number): string {
  const rows = ['Nom (FR),Nom (JA),Pays,Type,Adresse,Contact,Fonction,Courriel,Langue']
  for (let i = 1; i <= count; i++) {
    rows.push(
      i % 2 === 0
        ? `Ville de Kaigi-${i},海技${i}市,Japon,市,静岡県海技${i}市1-${i},佐藤${i},国際課長,sato${i}@city${i}.example,日本語`
        : `Ville de Bourg-${i},ブール${i}市,France,commune,"${i} place de la Mairie, 44000 Bourg-${i}",Claire Martin ${i},Chargée des relations internationales,claire${i}@ville${i}.example,français`,
    )
  }
  return rows.join('\n')
}

export async function runOutboxBench(options: OutboxOptions): Promise<OutboxResult> {
  const sink = await startSmtpSink(undefined, { parse: false })
  const server = await startServer({
    publicUrl: 'https://kaigi.example.org',
    seeds: [
      { id: PREVIOUS, readOnly: true, fill: (doc) => seedPastEdition(doc, 7) },
      { id: EDITION, readOnly: false, fill: (doc) => fillLargeEdition(doc, options.sessions) },
    ],
    mail: {
      smtpUrl: sink.url,
      from: 'Comité de pilotage <comite@rencontres.example>',
      perMinute: options.perMinute,
      outboxDir: 'unused',
    },
  })
  const writer = connectClient(server.syncUrl, editionDocName(EDITION))
  const reader = connectClient(server.syncUrl, editionDocName(EDITION))
  try {
    const cookie = server.ownerCookie
    const imported = await fetch(`${server.url}/api/directory/import`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv; charset=utf-8' },
      body: directoryCsv(options.collectivites),
    })
    if (imported.status !== 200) throw new Error(`import answered ${imported.status}`)
    const directory: DirectoryList = DirectoryListSchema.parse(
      await (await fetch(`${server.url}/api/directory`, { headers: { cookie } })).json(),
    )
    const recipients = await server.kaigi.registry.change(editionDocName(EDITION), (doc) =>
      directory.collectivites.map((entry) => ({
        id: createCollectivite(
          doc,
          {
            name: { fr: entry.nameFr, ja: entry.nameJa, en: '' },
            country: entry.country,
            kind: entry.kind,
            directoryId: entry.id,
          },
          SERVER_ORIGIN,
        ),
        contact: entry.contacts[0],
      })),
    )
    const form = await fetch(`${server.url}/api/editions/${EDITION}/registration-form`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ deadline: '2023-09-04T09:00:00.000Z' }),
    })
    if (form.status !== 200) throw new Error(`the form answered ${form.status}`)
    await Promise.all([synced(writer), synced(reader)])

    const sessionId = readEdition(writer.doc).value.sessions[0]?.id
    if (!sessionId) throw new Error('the edition has no session')
    const path = { collection: 'sessions', id: sessionId, field: 'title' } as const
    let sent = 0
    // As bench/pack.ts measures it: each edit timed until the other replica has it.
    const relay = async (work: () => Promise<unknown>): Promise<RelayFigures> => {
      const latencies: number[] = []
      let turns = 0
      let done = false
      const spin = () => {
        if (done) return
        turns++
        setImmediate(spin)
      }
      setImmediate(spin)
      const started = performance.now()
      const editing = (async () => {
        while (!done) {
          const title = `Relais ${++sent}`
          const at = performance.now()
          const arrived = new Promise<void>((resolve) => {
            const check = () => {
              if (readLocalizedText(reader.doc, path, 'fr') !== title) return
              reader.doc.off('update', check)
              resolve()
            }
            reader.doc.on('update', check)
          })
          updateSession(writer.doc, sessionId, { title: { fr: title } }, 'bench')
          await arrived
          latencies.push(performance.now() - at)
          await new Promise((resolve) => setTimeout(resolve, options.editPaceMs))
        }
      })()
      await work()
      done = true
      await editing
      const seconds = (performance.now() - started) / 1000
      return {
        edits: latencies.length,
        medianMs: median(latencies),
        p99Ms: percentile(latencies, 99),
        maxMs: Math.max(...latencies),
        turnsPerSecond: turns / seconds,
      }
    }

    const idle = await relay(() => new Promise((resolve) => setTimeout(resolve, 2000)))
    const messages = Array.from({ length: options.messages }, (_, n) => {
      const recipient = recipients[n % recipients.length]
      if (!recipient?.contact) throw new Error('a collectivité without a contact')
      return {
        collectiviteId: recipient.id,
        toName: recipient.contact.name,
        toEmail: recipient.contact.email,
        language: recipient.contact.language,
        subject: recipient.contact.language === 'ja' ? '第8回のご案内' : 'Invitation',
        text: 'Veuillez trouver ci-joint notre lettre.',
        html: '<p>Veuillez trouver ci-joint notre lettre.</p>',
        attachments: ATTACHED.map((file) => ({
          kind: 'pack' as const,
          collectiviteId: recipient.id,
          file,
        })),
      }
    })
    let drainMs = 0
    const duringDrain = await relay(async () => {
      const start = performance.now()
      await server.kaigi.database.client.batch(
        server.kaigi.outbox.sendStatements(
          { id: 'bench-send', editionId: EDITION, kind: SendKind.Pack, createdBy: null },
          messages,
        ),
        'write',
      )
      server.kaigi.mail?.wake()
      await sink.receivedCount(options.messages)
      drainMs = performance.now() - start
    })
    const [send] = await server.kaigi.outbox.list(EDITION)
    const unsent = send?.messages.filter((each) => each.state !== MessageState.Sent) ?? []
    if (unsent.length > 0) throw new Error(`${unsent.length} messages not sent`)
    const times = sink.received.map((each) => each.at)
    const gaps = times.slice(1).map((at, i) => at - (times[i] ?? at))
    const first = times[0] ?? 0
    const last = times.at(-1) ?? 0
    const bytes = sink.received.reduce((sum, each) => sum + each.raw.length, 0)
    return {
      messages: options.messages,
      perMinute: options.perMinute,
      drainMs,
      achievedPerMinute: ((times.length - 1) / (last - first)) * 60_000,
      medianGapMs: median(gaps),
      minGapMs: Math.min(...gaps),
      bytes,
      idle,
      duringDrain,
    }
  } finally {
    writer.destroy()
    reader.destroy()
    await server.close()
    server.cleanup()
    await sink.close()
  }
}
