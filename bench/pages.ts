import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, CDPSession } from 'playwright-core'
import { createMeeting } from '../shared/doc/edition'
import { editionDocName } from '../shared/editions'
import { launchChromium } from '../tests/helpers/browser'
import { DIALECTS } from './dialects'
import { REPO_ROOT } from './server-process'
import { median } from './stats'
import { SyncClient } from './sync-client'

/**
 * The pages people open on a phone in the meeting room, and the programme
 * grid, opened in Chromium from an empty cache and then again: the bytes of
 * script and CSS transferred (as sent on the wire, compressed or not) and
 * the time until the page is usable, on the loopback and under a slow
 * mobile network (Chrome DevTools Protocol's emulation). Each is measured
 * on today's Kaigi and on a build of the commit before the client was
 * split into pages and compressed (`BEFORE_COMMIT`), served by that
 * commit's own server, in the same run.
 */
export interface PagesOptions {
  /** Loads of each page per server and network; the time is their median. */
  rounds: number
}

/** The commit before the pages were loaded one by one and the static files compressed. */
export const BEFORE_COMMIT = 'c0aee38'

export const PAGES = ['participant', 'form', 'invite', 'grid'] as const
export type PageKind = (typeof PAGES)[number]

export const PAGE_NAMES: Record<PageKind, string> = {
  participant: 'participant page `/m/<code>`',
  form: 'participation form `/f/<code>`',
  invite: 'invitation `/invite/<token>`',
  grid: 'programme grid `/editions/<id>`',
}

/** A slow mobile network: 1.6 Mbit/s down, 750 kbit/s up, 150 ms of latency. */
const SLOW_MOBILE = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
}

export type NetworkKind = 'loopback' | 'slow-mobile'

export interface PageLoad {
  scriptBytes: number
  cssBytes: number
  /** Script and CSS transferred when the page is opened again (the browser's cache kept). */
  againBytes: number
  usableMs: number
}

export type Side = 'before' | 'after'
export type PagesResult = Record<Side, Record<NetworkKind, Record<PageKind, PageLoad>>>

/** What shows that each page is there and can be used. */
const READY: Record<PageKind, string> = {
  participant: '[data-testid=participant-meeting]',
  form: '[data-testid=registration-form]',
  invite: '[data-testid=invitation-offer]',
  grid: '[data-testid=session]',
}

const EDITION = 'shizuoka-2024'

interface ServedKaigi {
  url: string
  port: number
  ownerCookie: string
  paths: Record<PageKind, string>
  close(): Promise<void>
}

interface TestServerLike {
  url: string
  ownerCookie: string
  close(): Promise<void>
  cleanup(): void
}

/**
 * Builds the client of the checkout at `root` and starts that checkout's
 * own server over a fresh database holding the demo edition, with a
 * meeting's participant link, a participation form and an invitation.
 */
async function serve(root: string): Promise<ServedKaigi> {
  const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-pages-'))
  const clientDir = join(folder, 'client')
  const { buildClient } = (await import(join(root, 'scripts/client-build.ts'))) as {
    buildClient(outDir: string): Promise<void>
  }
  const { startServer } = (await import(join(root, 'tests/helpers/start-server.ts'))) as {
    startServer(options: { clientDir: string; seeds: unknown }): Promise<TestServerLike>
  }
  // The demo editions, as that checkout seeds them on a first start.
  const { DEMO_SEEDS } = (await import(join(root, 'server/editions/demo-seeds.ts'))) as {
    DEMO_SEEDS: unknown
  }
  await buildClient(clientDir)
  const server = await startServer({ clientDir, seeds: DEMO_SEEDS })
  const port = Number(new URL(server.url).port)
  const cookie = server.ownerCookie
  const post = async (path: string, method: string, body: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', origin: server.url, cookie },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`)
    return (await response.json()) as { path: string }
  }
  const wall = new SyncClient(DIALECTS.kaigi, port, editionDocName(EDITION), { cookie })
  await wall.synced
  const meetingId = createMeeting(
    wall.doc,
    { date: '2024-05-14', place: { fr: 'Tokyo', ja: '東京' }, intakeOpen: true },
    'bench',
  )
  let participant: string | null = null
  // The meeting reaches the server through the sync: asked until it has it.
  for (let attempt = 0; attempt < 200 && participant === null; attempt++) {
    const response = await fetch(
      `${server.url}/api/editions/${EDITION}/meetings/${meetingId}/participant-link`,
      { method: 'POST', headers: { cookie, origin: server.url } },
    )
    if (response.ok) participant = ((await response.json()) as { path: string }).path
    else await new Promise((resolve) => setTimeout(resolve, 25))
  }
  wall.close()
  if (participant === null) throw new Error('the meeting never reached the server')
  const form = await post(`/api/editions/${EDITION}/registration-form`, 'PUT', {
    deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  })
  const invitation = await post(`/api/editions/${EDITION}/invitations`, 'POST', {
    role: 'editor',
    committee: null,
    expiresInHours: 1,
    maxUses: 1,
  })
  return {
    url: server.url,
    port,
    ownerCookie: cookie,
    paths: {
      participant,
      form: form.path,
      invite: invitation.path,
      grid: `/editions/${EDITION}`,
    },
    async close() {
      await server.close()
      server.cleanup()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

/** The bytes of script and CSS each response of the page took on the wire. */
function countAssets(cdp: CDPSession): () => { script: number; css: number } {
  const kinds = new Map<string, 'script' | 'css'>()
  const totals = { script: 0, css: 0 }
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') kinds.set(event.requestId, 'script')
    if (event.type === 'Stylesheet') kinds.set(event.requestId, 'css')
  })
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId)
    if (kind) totals[kind] += event.encodedDataLength
  })
  return () => ({ ...totals })
}

async function loadPage(
  browser: Browser,
  kaigi: ServedKaigi,
  page: PageKind,
  network: NetworkKind,
): Promise<PageLoad> {
  const context = await browser.newContext({ locale: 'fr-FR' })
  try {
    if (page === 'grid') {
      const [name, value] = kaigi.ownerCookie.split('=') as [string, string]
      await context.addCookies([{ name, value, url: kaigi.url }])
    }
    const tab = await context.newPage()
    const cdp = await context.newCDPSession(tab)
    await cdp.send('Network.enable')
    if (network === 'slow-mobile') await cdp.send('Network.emulateNetworkConditions', SLOW_MOBILE)
    const counted = countAssets(cdp)
    const start = Date.now()
    await tab.goto(`${kaigi.url}${kaigi.paths[page]}`)
    await tab.locator(READY[page]).first().waitFor({ timeout: 120_000 })
    const usableMs = Date.now() - start
    const first = counted()
    // Opened again as on the next visit: what the cache spares.
    await tab.reload()
    await tab.locator(READY[page]).first().waitFor({ timeout: 120_000 })
    const again = counted()
    return {
      scriptBytes: first.script,
      cssBytes: first.css,
      againBytes: again.script + again.css - first.script - first.css,
      usableMs,
    }
  } finally {
    await context.close()
  }
}

/** A checkout of `commit` beside the repository, sharing its installed packages. */
function checkout(commit: string): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'kaigi-bench-before-'))
  execFileSync('git', ['worktree', 'add', '--detach', root, commit], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  })
  if (!existsSync(join(root, 'node_modules'))) {
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'))
  }
  return {
    root,
    remove() {
      execFileSync('git', ['worktree', 'remove', '--force', root], { cwd: REPO_ROOT })
    },
  }
}

export async function runPagesBench(options: PagesOptions): Promise<PagesResult> {
  const before = checkout(BEFORE_COMMIT)
  const browser = await launchChromium()
  const result: Partial<PagesResult> = {}
  try {
    for (const [side, root] of [
      ['before', before.root],
      ['after', REPO_ROOT],
    ] as const) {
      const kaigi = await serve(root)
      try {
        const byNetwork: Partial<Record<NetworkKind, Record<PageKind, PageLoad>>> = {}
        for (const network of ['loopback', 'slow-mobile'] as const) {
          const byPage: Partial<Record<PageKind, PageLoad>> = {}
          for (const page of PAGES) {
            const loads: PageLoad[] = []
            for (let round = 0; round < options.rounds; round++) {
              process.stderr.write(`  ${side}, ${network}, ${page}, load ${round + 1}\n`)
              loads.push(await loadPage(browser, kaigi, page, network))
            }
            const last = loads.at(-1) as PageLoad
            byPage[page] = { ...last, usableMs: median(loads.map((load) => load.usableMs)) }
          }
          byNetwork[network] = byPage as Record<PageKind, PageLoad>
        }
        result[side] = byNetwork as Record<NetworkKind, Record<PageKind, PageLoad>>
      } finally {
        await kaigi.close()
      }
    }
  } finally {
    await browser.close()
    before.remove()
  }
  return result as PagesResult
}
