import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { buildClient } from '../../scripts/client-build'
import type { EditionSeed } from '../../server/editions/seed'
import type { MailConfig } from '../../server/mail/mail-setup'
import { launchChromium } from './browser'
import { signIn, TEST_OWNER_TOKEN } from './sign-in'
import { startServer, type TestServer } from './start-server'

/** Generous ceilings against a hang in browser tests, never a measure of speed. */
export const WAIT = { timeout: 30_000 }

/** Where browser tests leave their screenshots (git-ignored), to be looked at. */
export const SCREENSHOTS = fileURLToPath(new URL('../e2e/screenshots', import.meta.url))

export interface BrowserSuite {
  readonly server: TestServer
  readonly browser: Browser
  /** The client this file's tests are served (the run's, shared with the other files: read only). */
  readonly clientDir: string
  /**
   * A new browser profile with its own storage, closed after the file's
   * tests; signed in as `signIn` (a new person, the instance's owner), or
   * not signed in at all if it is null.
   */
  newContext(options?: BrowserContextOptions, signIn?: string | null): Promise<BrowserContext>
  /**
   * A page of a new profile in `locale` and `timezoneId`, on the server's
   * `path`, signed in as `name` (by default a name of the locale's language),
   * or not signed in if `name` is null.
   */
  openPage(
    path: string,
    profile: {
      locale: string
      timezoneId?: string
      name?: string | null
      /** Signs in with this session cookie (`inviteMember`'s) instead of as the owner. */
      cookie?: string
    },
  ): Promise<Page>
  /**
   * Signs a new member of `editionId` in through an invitation link of
   * `role` that the instance's owner makes, as the invitation page does;
   * returns their session cookie.
   */
  inviteMember(
    editionId: string,
    member: { role: 'editor' | 'viewer'; name: string; committee?: 'fr' | 'jp' },
  ): Promise<string>
}

/** Signs `context` in with the session `cookie` (`kaigi_session=…`). */
async function useCookie(context: BrowserContext, url: string, cookie: string): Promise<void> {
  const [name, value] = cookie.split('=') as [string, string]
  await context.addCookies([{ name, value, url }])
}

/** Who signs in by default, by the profile's language. */
const DEFAULT_NAMES: Record<string, string> = { fr: 'Claire', ja: 'Aiko', en: 'Sam' }

/**
 * For one test file: starts the real server (on an empty database, or with
 * `seeds` as a first start would) and Chromium before its tests, and stops
 * them all after. The server serves the client that the browser tests'
 * global setup built once for the whole run (tests/helpers/client-build-setup.ts);
 * a file run without it (another config) builds its own.
 */
export function useBrowserSuite(
  options: {
    seeds?: readonly EditionSeed[]
    /** The address the server writes into links it hands out (a collectivité's form link). */
    publicUrl?: string
    /** How the server sends mail; without it, no mail worker runs. */
    mail?: MailConfig
  } = {},
): BrowserSuite {
  let clientDir = ''
  /** A client this file built for itself, removed after its tests. */
  let ownClientDir = ''
  let server: TestServer | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet`)
    return value
  }

  beforeAll(async () => {
    clientDir = inject('clientDir') ?? ''
    if (!clientDir) {
      ownClientDir = mkdtempSync(join(tmpdir(), 'kaigi-client-'))
      await buildClient(ownClientDir)
      clientDir = ownClientDir
    }
    server = await startServer({
      clientDir,
      seeds: options.seeds ?? [],
      publicUrl: options.publicUrl,
      ...(options.mail ? { mail: options.mail } : {}),
    })
    browser = await launchChromium()
    mkdirSync(SCREENSHOTS, { recursive: true })
  }, 180_000)

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.close()
    server?.cleanup()
    if (ownClientDir) rmSync(ownClientDir, { recursive: true, force: true })
  })

  return {
    get server() {
      return started(server, 'the server')
    },
    get browser() {
      return started(browser, 'Chromium')
    },
    get clientDir() {
      return clientDir
    },
    async newContext(contextOptions, name = 'Claire') {
      const context = await started(browser, 'Chromium').newContext(contextOptions)
      contexts.push(context)
      if (name !== null) {
        const { url } = started(server, 'the server')
        await useCookie(context, url, await signIn(url, TEST_OWNER_TOKEN, name))
      }
      return context
    },
    async openPage(path, { name, cookie, ...profile }) {
      const person =
        name === undefined ? (DEFAULT_NAMES[profile.locale.slice(0, 2)] ?? 'Claire') : name
      const { url } = started(server, 'the server')
      const context = await this.newContext(
        { ...profile, viewport: { width: 1280, height: 900 } },
        cookie === undefined ? person : null,
      )
      if (cookie !== undefined) await useCookie(context, url, cookie)
      const page = await context.newPage()
      await page.goto(`${url}${path}`)
      return page
    },
    async inviteMember(editionId, { role, name, committee }) {
      const { url } = started(server, 'the server')
      const owner = await signIn(url, TEST_OWNER_TOKEN, 'Owner, inviting')
      const created = await fetch(`${url}/api/editions/${editionId}/invitations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: owner, origin: url },
        body: JSON.stringify({ role, committee: committee ?? null, expiresInHours: 1, maxUses: 1 }),
      })
      if (created.status !== 201) throw new Error(`invitation refused: ${await created.text()}`)
      const { path } = (await created.json()) as { path: string }
      return signIn(url, path.split('/').pop() ?? '', name, committee ? { committee } : {})
    },
  }
}
