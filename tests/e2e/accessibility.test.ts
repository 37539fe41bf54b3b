import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { seriousAxeFindings } from '../helpers/axe'
import { useBrowserSuite, WAIT } from '../helpers/browser-suite'
import { ownerFetch } from '../helpers/sign-in'

const DEMO_ID = 'shizuoka-2024'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })

/** A desktop and a phone (a touch screen). */
const SIZES = [
  { name: '1366×900', viewport: { width: 1366, height: 900 }, phone: false },
  { name: '390×844', viewport: { width: 390, height: 844 }, phone: true },
] as const

const LOCALES = [
  { locale: 'fr-FR', timezoneId: 'Europe/Paris', name: 'Claire' },
  { locale: 'ja-JP', timezoneId: 'Asia/Tokyo', name: 'Aiko' },
] as const

/** The edition's tabs, each with what shows it is there. */
const EDITION_PAGES = [
  { name: 'the programme grid', path: '', ready: 'programme' },
  { name: 'the edition details', path: '/details', ready: 'details-view' },
  { name: 'the rooms', path: '/rooms', ready: 'rooms-view' },
  { name: 'the people', path: '/people', ready: 'people-view' },
  { name: 'the collectivités', path: '/collectivites', ready: 'collectivites-view' },
  { name: 'the themes', path: '/themes', ready: 'themes-view' },
  { name: 'the meetings', path: '/meetings', ready: 'meetings-view' },
  { name: 'the proposals', path: '/proposals', ready: 'proposals-view' },
  { name: 'the registrations', path: '/registrations', ready: 'registrations-view' },
  { name: 'the versions', path: '/versions', ready: 'versions-view' },
  { name: 'the exports', path: '/export', ready: 'export-view' },
  { name: 'the activity', path: '/activity', ready: 'activity-view' },
  { name: 'the members', path: '/members', ready: 'members-view' },
  { name: 'the conflicts', path: '/conflicts', ready: 'conflicts' },
] as const

/** The pages outside an edition's tabs; their links are made once for the file. */
let links: Promise<{ invite: string; form: string }> | null = null
function otherLinks(): Promise<{ invite: string; form: string }> {
  links ??= (async () => {
    const { url } = suite.server
    const invitation = await ownerFetch(`${url}/api/editions/${DEMO_ID}/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ role: 'editor', committee: null, expiresInHours: 1, maxUses: 10 }),
    })
    if (invitation.status !== 201) throw new Error(`invitation: ${await invitation.text()}`)
    const form = await ownerFetch(`${url}/api/editions/${DEMO_ID}/registration-form`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
    })
    if (form.status !== 200) throw new Error(`form: ${await form.text()}`)
    const base = `${url}/api/editions/${DEMO_ID}/versions`
    const saved = await ownerFetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Programme publié' }),
    })
    const { id } = (await saved.json()) as { id: string }
    const published = await ownerFetch(`${base}/${id}/publish`, { method: 'POST' })
    if (published.status >= 300) throw new Error(`publish: ${await published.text()}`)
    return {
      invite: ((await invitation.json()) as { path: string }).path,
      form: ((await form.json()) as { path: string }).path,
    }
  })()
  return links
}

describe('accessibility of every page (axe-core in Chromium)', () => {
  for (const size of SIZES) {
    for (const profile of LOCALES) {
      describe(`at ${size.name}, in ${profile.locale}`, () => {
        let opened: Promise<{ context: BrowserContext; page: Page }> | null = null
        const page = async () => {
          opened ??= (async () => {
            const context = await suite.newContext(
              {
                locale: profile.locale,
                timezoneId: profile.timezoneId,
                viewport: size.viewport,
                ...(size.phone ? { isMobile: true, hasTouch: true } : {}),
              },
              profile.name,
            )
            return { context, page: await context.newPage() }
          })()
          return (await opened).page
        }
        afterAll(async () => {
          if (opened) await (await opened).context.close()
        })
        const visit = async (path: string, ready: string) => {
          const shown = await page()
          await shown.goto(`${suite.server.url}${path}`)
          await shown.getByTestId(ready).first().waitFor(WAIT)
          return shown
        }

        it('finds no serious or critical problem on the editions list', async () => {
          expect(await seriousAxeFindings(await visit('/', 'editions'))).toEqual([])
        })

        for (const each of EDITION_PAGES) {
          it(`finds no serious or critical problem on ${each.name}`, async () => {
            const shown = await visit(`/editions/${DEMO_ID}${each.path}`, each.ready)
            await shown
              .locator('[data-testid=connection-status][data-status=connected]')
              .waitFor(WAIT)
            expect(await seriousAxeFindings(shown)).toEqual([])
          })
        }

        it('finds no serious or critical problem in the session editor', async () => {
          const shown = await visit(`/editions/${DEMO_ID}`, 'programme')
          const card = shown.getByTestId(size.phone ? 'phone-session' : 'session').first()
          await card.click()
          await shown.getByTestId('session-editor').waitFor(WAIT)
          expect(await seriousAxeFindings(shown)).toEqual([])
        })

        it('finds no serious or critical problem on an invitation', async () => {
          const { invite } = await otherLinks()
          expect(await seriousAxeFindings(await visit(invite, 'invitation-offer'))).toEqual([])
        })

        it('finds no serious or critical problem on the participation form', async () => {
          const { form } = await otherLinks()
          expect(await seriousAxeFindings(await visit(form, 'registration-form'))).toEqual([])
        })

        it('finds no serious or critical problem on the public page', async () => {
          await otherLinks()
          const shown = await page()
          await shown.goto(`${suite.server.url}/p/${DEMO_ID}`)
          await shown.locator('main .day').first().waitFor(WAIT)
          expect(await seriousAxeFindings(shown)).toEqual([])
        })
      })
    }
  }
})
