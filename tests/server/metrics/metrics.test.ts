import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { readEdition, updateSession } from '../../../shared/doc/edition'
import { ExportFile } from '../../../shared/exports'
import { SendKind } from '../../../shared/mail'
import { CloseCode } from '../../../shared/protocol'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { connectRaw } from '../../helpers/raw-client'
import { startServer, type TestServer } from '../../helpers/start-server'

const TOKEN = 'metrics-token-for-the-scraper-only'
const EDITION = 'shizuoka-2024'
const DOC = `edition-${EDITION}`
const EDITS = 5
const MAX_MESSAGE_BYTES = 64 * 1024

const scrape = (server: TestServer, authorization?: string) =>
  fetch(`${server.url}/metrics`, authorization ? { headers: { authorization } } : {})

/** The families `/metrics` serves, as a Prometheus text-format parser reads them. */
async function families(server: TestServer): Promise<Map<string, PrometheusFamily>> {
  const response = await scrape(server, `Bearer ${TOKEN}`)
  expect(response.status).toBe(200)
  const parsed = parsePrometheusTextFormat(await response.text())
  return new Map(parsed.map((family) => [family.name, family]))
}

/** The value of `name`'s sample whose labels include `labels` (0 if it has none yet). */
function value(
  scraped: Map<string, PrometheusFamily>,
  name: string,
  labels: Record<string, string> = {},
): number {
  const family = scraped.get(name)
  if (!family) throw new Error(`no metric ${name}`)
  const sample = family.metrics.find((metric) =>
    Object.entries(labels).every(([key, label]) => metric.labels?.[key] === label),
  )
  return Number(sample?.value ?? sample?.count ?? 0)
}

/**
 * The observations of a histogram with labels, of which one series exists:
 * the parser reads such a histogram's buckets, merged over its series,
 * without their labels, count or sum, so its `+Inf` bucket stands for the count.
 */
function observations(scraped: Map<string, PrometheusFamily>, name: string): number {
  const family = scraped.get(name)
  if (family?.type !== 'HISTOGRAM') throw new Error(`no histogram ${name}`)
  return Number(family.metrics[0]?.buckets?.['+Inf'] ?? 0)
}

describe('/metrics without METRICS_TOKEN', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(async () => {
    await server.close()
    server.cleanup()
  })

  it('does not exist, whatever token is sent', async () => {
    expect((await scrape(server)).status).toBe(404)
    expect((await scrape(server, `Bearer ${TOKEN}`)).status).toBe(404)
  })
})

describe('/metrics with METRICS_TOKEN', () => {
  let server: TestServer
  let member: TestClient
  beforeAll(async () => {
    server = await startServer({
      metricsToken: TOKEN,
      seeds: DEMO_SEEDS,
      maxMessageBytes: MAX_MESSAGE_BYTES,
    })
  })
  afterAll(async () => {
    member?.destroy()
    await server.close()
    server.cleanup()
  })

  it('refuses a scraper without the token, or with another, and caches nothing', async () => {
    for (const authorization of [undefined, 'Bearer not-the-token', `Basic ${TOKEN}`, TOKEN]) {
      const response = await scrape(server, authorization)
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer')
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.text()).not.toContain('kaigi_')
    }
  })

  it('serves the Prometheus text format to the scraper with the token, never cached', async () => {
    const response = await scrape(server, `Bearer ${TOKEN}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const parsed = parsePrometheusTextFormat(await response.text())
    const types = new Map(parsed.map((family) => [family.name, family.type]))
    expect(types.get('kaigi_sockets_open')).toBe('GAUGE')
    expect(types.get('kaigi_updates_accepted_total')).toBe('COUNTER')
    expect(types.get('kaigi_commit_latency_seconds')).toBe('HISTOGRAM')
    expect(types.get('kaigi_relay_latency_seconds')).toBe('HISTOGRAM')
    expect(types.get('kaigi_redis_lag_seconds')).toBe('HISTOGRAM')
    // The process's own figures, on this instance's registry.
    expect(types.get('kaigi_process_resident_memory_bytes')).toBe('GAUGE')
  })

  it('counts the sockets, the updates committed and relayed, and a refusal by its reason', async () => {
    const before = await families(server)
    expect(value(before, 'kaigi_sockets_open')).toBe(0)
    expect(value(before, 'kaigi_rooms_loaded')).toBe(0)

    member = connectClient(server.syncUrl, DOC, new Y.Doc())
    const watcher = connectClient(server.syncUrl, DOC, new Y.Doc())
    await Promise.all([synced(member), synced(watcher)])
    for (let edit = 1; edit <= EDITS; edit++) {
      updateSession(member.doc, 's-closing', { title: { fr: `Clôture, version ${edit}` } }, 'me')
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    // Relayed once committed: the watcher has every edit.
    await until(() => titleOf(watcher.doc) === `Clôture, version ${EDITS}`, 10_000, 'the relays')
    await server.kaigi.writer.drain()

    const busy = await families(server)
    expect(value(busy, 'kaigi_sockets_open')).toBe(2)
    expect(value(busy, 'kaigi_rooms_loaded')).toBeGreaterThanOrEqual(1)
    const accepted = value(busy, 'kaigi_updates_accepted_total')
    expect(accepted).toBeGreaterThanOrEqual(EDITS)
    expect(value(busy, 'kaigi_commit_latency_seconds')).toBe(accepted)
    expect(value(busy, 'kaigi_relay_latency_seconds')).toBe(accepted)
    const batches = value(busy, 'kaigi_commit_batch_size')
    expect(batches).toBeGreaterThanOrEqual(1)
    expect(batches).toBeLessThanOrEqual(accepted)
    expect(value(busy, 'kaigi_sync_refusals_total', { reason: 'malformed' })).toBe(0)

    const raw = await connectRaw(`${server.syncUrl}/${DOC}`)
    raw.send(new Uint8Array([9, 0])) // no such message type
    expect((await raw.closed).code).toBe(CloseCode.MalformedMessage)
    // Over maxPayload, ws closes the socket itself, before any room sees it.
    const big = await connectRaw(`${server.syncUrl}/${DOC}`)
    big.send(new Uint8Array(MAX_MESSAGE_BYTES + 1))
    expect((await big.closed).code).toBe(CloseCode.MessageTooBig)
    watcher.destroy()
    let after = await families(server)
    for (let attempt = 0; attempt < 100 && value(after, 'kaigi_sockets_open') !== 1; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      after = await families(server)
    }
    expect(value(after, 'kaigi_sockets_open')).toBe(1)
    expect(value(after, 'kaigi_sync_refusals_total', { reason: 'malformed' })).toBe(1)
    expect(value(after, 'kaigi_sync_refusals_total', { reason: 'too_big' })).toBe(1)
    // The refused frame was no update; a client that left was no refusal.
    expect(value(after, 'kaigi_updates_accepted_total')).toBe(accepted)
    const refusals = after.get('kaigi_sync_refusals_total')?.metrics ?? []
    expect(refusals.map((metric) => metric.labels?.reason).sort()).toEqual(['malformed', 'too_big'])
  })

  it('counts an export render by its format and outcome, and times it', async () => {
    const response = await fetch(
      `${server.url}/api/editions/${EDITION}/export/${ExportFile.SessionsCsv}?source=draft`,
      { headers: { cookie: server.ownerCookie } },
    )
    expect(response.status).toBe(200)
    const scraped = await families(server)
    const labels = { format: ExportFile.SessionsCsv, outcome: 'ok' }
    expect(value(scraped, 'kaigi_export_renders_total', labels)).toBe(1)
    expect(observations(scraped, 'kaigi_export_render_duration_seconds')).toBe(1)
  })

  it('reads the outbox by state at each scrape', async () => {
    const empty = await families(server)
    const states = empty.get('kaigi_outbox_messages')?.metrics.map((metric) => metric.labels)
    expect(states).toEqual(['queued', 'retrying', 'sent', 'failed'].map((state) => ({ state })))
    expect(value(empty, 'kaigi_outbox_messages', { state: 'queued' })).toBe(0)

    const message = (toEmail: string) => ({
      collectiviteId: null,
      toName: 'Mairie de Tours',
      toEmail,
      language: 'fr' as const,
      subject: 'Rappel',
      text: 'Le bulletin de participation est attendu.',
      html: '<p>Le bulletin de participation est attendu.</p>',
      attachments: [],
    })
    const statements = server.kaigi.outbox.sendStatements(
      { id: 'send-metrics', editionId: EDITION, kind: SendKind.Reminder, createdBy: null },
      [message('a@tours.example'), message('b@tours.example')],
    )
    await server.kaigi.database.client.batch(statements, 'write')
    const queued = await families(server)
    expect(value(queued, 'kaigi_outbox_messages', { state: 'queued' })).toBe(2)
    expect(value(queued, 'kaigi_outbox_messages', { state: 'sent' })).toBe(0)
  })
})

const titleOf = (doc: Y.Doc) =>
  readEdition(doc).value.sessions.find((session) => session.id === 's-closing')?.title.fr
