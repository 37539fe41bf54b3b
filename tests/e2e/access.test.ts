import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { SCREENSHOTS, useBrowserSuite, WAIT } from '../helpers/browser-suite'

const suite = useBrowserSuite({ seeds: DEMO_SEEDS })
const EDITION = '/editions/shizuoka-2024'

const block = (page: Page, id: string) =>
  page.locator(`[data-testid=session][data-session-id=${id}]`)

/** As the owner on the members view: creates a link for `role`, returns its URL. */
async function createLink(owner: Page, role: 'editor' | 'viewer', committee: '' | 'fr' | 'jp') {
  await owner.getByTestId('invite-role').selectOption(role)
  await owner.getByTestId('invite-committee').selectOption(committee)
  await owner.getByTestId('invite-max-uses').fill('1')
  const before = await owner.getByTestId('invitation').count()
  await owner.getByTestId('create-invitation').click()
  await expect.poll(() => owner.getByTestId('invitation').count(), WAIT).toBe(before + 1)
  const qr = await owner.getByTestId('invitation-qr').getAttribute('src')
  expect(qr).toMatch(/^data:image\/svg\+xml/)
  const url = (await owner.getByTestId('invitation-link').textContent())?.trim() ?? ''
  expect(url).toMatch(/\/invite\/[\w-]{40,}$/)
  return url
}

/** A new, signed-out browser profile that opens `url` and signs in as `name`. */
async function acceptLink(url: string, name: string, locale: string): Promise<Page> {
  const page = await suite.openPage(new URL(url).pathname, {
    locale,
    timezoneId: locale === 'ja-JP' ? 'Asia/Tokyo' : 'Europe/Paris',
    name: null,
  })
  await page.getByTestId('sign-in-name').fill(name)
  await page.getByTestId('sign-in-submit').click()
  await page.waitForURL(`**${EDITION}`, WAIT)
  await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  return page
}

describe('members, roles and invitation links', () => {
  it('lets an owner invite an editor and a viewer; the viewer watches the editor live and cannot edit', async () => {
    const owner = await suite.openPage(`${EDITION}/members`, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      name: 'Hélène (propriétaire)',
    })
    await owner.getByTestId('invitation-form').waitFor(WAIT)
    const editorLink = await createLink(owner, 'editor', 'jp')
    const viewerLink = await createLink(owner, 'viewer', '')
    await owner.screenshot({ path: join(SCREENSHOTS, 'access-e2e-owner-fr.png'), fullPage: true })

    const editor = await acceptLink(editorLink, '佐藤 花子（静岡）', 'ja-JP')
    const viewer = await acceptLink(viewerLink, 'Jean Dupont', 'fr-FR')

    // The link was for one use: a second person is turned away.
    const latecomer = await suite.openPage(new URL(viewerLink).pathname, {
      locale: 'fr-FR',
      name: null,
    })
    await expect
      .poll(() => latecomer.getByTestId('invitation-problem').getAttribute('data-problem'), WAIT)
      .toBe('used-up')

    // The viewer sees the programme, read-only: no editing controls.
    await viewer.getByTestId('read-only-notice').waitFor(WAIT)
    await viewer.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
    await block(viewer, 's-workshop-1').waitFor(WAIT)
    expect(await viewer.getByTestId('resize-handle').count()).toBe(0)
    expect(await editor.getByTestId('read-only-notice').count()).toBe(0)

    // The editor types in the Japanese title of workshop 1; the viewer sees it live.
    await editor.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
    await block(editor, 's-workshop-1').click()
    const title = editor.getByTestId('session-title-ja')
    await title.press('Control+End')
    await title.pressSequentially('・第2版')
    await expect.poll(() => block(viewer, 's-workshop-1').textContent(), WAIT).toContain('・第2版')

    // The viewer opens it: every field is closed to them, and typing changes nothing.
    await block(viewer, 's-workshop-1').click()
    const viewerTitle = viewer.getByTestId('session-title-ja')
    await viewerTitle.waitFor(WAIT)
    expect(await viewerTitle.getAttribute('readonly')).not.toBeNull()
    expect(await viewer.getByTestId('session-room').isDisabled()).toBe(true)
    const seen = await viewerTitle.inputValue()
    await viewerTitle.click()
    await viewer.keyboard.type('VIEWER')
    expect(await viewerTitle.inputValue()).toBe(seen)
    await block(viewer, 's-workshop-1').focus()
    await viewer.keyboard.press('Alt+ArrowDown')
    // Its socket is still open: it never sent a change for the server to refuse.
    await viewer.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    expect(await viewer.getByTestId('access-refused').count()).toBe(0)
    await viewer.screenshot({ path: join(SCREENSHOTS, 'access-e2e-viewer-fr.png') })
    // The editor's page holds the workshop where it was.
    expect(await block(editor, 's-workshop-1').textContent()).toContain('13:30')

    // The owner sees both members, after the instance's owners (the test server's and
    // this page's sign-ins), and revokes the viewer, who is told at once.
    await owner.reload()
    await expect
      .poll(async () => (await owner.getByTestId('member-name').allTextContents()).sort(), WAIT)
      .toEqual(['Hélène (propriétaire)', 'Jean Dupont', 'Owner', '佐藤 花子（静岡）'])
    const instanceOwners = owner.locator('[data-testid=member]', {
      has: owner.getByTestId('instance-owner'),
    })
    expect((await instanceOwners.getByTestId('member-name').allTextContents()).sort()).toEqual([
      'Hélène (propriétaire)',
      'Owner',
    ])
    expect(await instanceOwners.getByTestId('revoke-member').count()).toBe(0)
    await owner.screenshot({ path: join(SCREENSHOTS, 'access-e2e-members-fr.png') })
    const viewerRow = owner.locator('[data-testid=member]', { hasText: 'Jean Dupont' })
    expect(await viewerRow.getAttribute('data-role')).toBe('viewer')
    await viewerRow.getByTestId('revoke-member').click()
    await viewerRow.getByTestId('confirm-revoke-member').click()
    await expect
      .poll(() => viewer.getByTestId('access-refused').getAttribute('data-reason'), WAIT)
      .toBe('revoked')
    await viewer.screenshot({ path: join(SCREENSHOTS, 'access-e2e-revoked-fr.png') })
    // The revoked viewer is gone from the owner's list; the editor is untouched.
    await expect
      .poll(async () => (await owner.getByTestId('member-name').allTextContents()).sort(), WAIT)
      .toEqual(['Hélène (propriétaire)', 'Owner', '佐藤 花子（静岡）'])
    expect(await editor.getByTestId('access-refused').count()).toBe(0)
    await editor.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  }, 180_000)

  it('drops the edits of a member revoked while offline, on their device too', async () => {
    const owner = await suite.openPage(`${EDITION}/members`, { locale: 'fr-FR', name: 'Hélène' })
    await owner.getByTestId('invitation-form').waitFor(WAIT)
    const link = await createLink(owner, 'editor', 'fr')
    const bruno = await acceptLink(link, 'Bruno', 'fr-FR')
    await bruno.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
    const databases = () =>
      bruno.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''))
    await expect
      .poll(async () => (await databases()).some((name) => name.includes('shizuoka')), WAIT)
      .toBe(true)

    // Offline, Bruno moves the coffee break; meanwhile the owner revokes him.
    await bruno.context().setOffline(true)
    await bruno.locator('[data-testid=connection-status][data-status=offline]').waitFor(WAIT)
    await block(bruno, 's-break-20').focus()
    await bruno.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => block(bruno, 's-break-20').textContent(), WAIT).toContain('16:05')
    await owner.reload()
    const row = owner.locator('[data-testid=member]', { hasText: 'Bruno' })
    await row.getByTestId('revoke-member').click()
    await row.getByTestId('confirm-revoke-member').click()
    await expect.poll(() => row.count(), WAIT).toBe(0)

    // Back online, his connection is refused: he is told, and his copy is gone.
    await bruno.context().setOffline(false)
    await expect
      .poll(() => bruno.getByTestId('access-refused').getAttribute('data-reason'), WAIT)
      .toBe('revoked')
    await expect
      .poll(async () => (await databases()).some((name) => name.includes('shizuoka')), WAIT)
      .toBe(false)
    // Nobody else ever sees the move.
    const witness = await suite.openPage(EDITION, { locale: 'fr-FR', name: 'Témoin' })
    await witness.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await witness.locator('[data-testid=day-tab][data-day="2024-11-20"]').click()
    await expect.poll(() => block(witness, 's-break-20').textContent(), WAIT).toContain('16:00')
  }, 180_000)

  it('opens an invitation link in a signed-out browser without an error in its console', async () => {
    const { url, ownerCookie } = suite.server
    const created = await fetch(`${url}/api/editions/shizuoka-2024/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: ownerCookie, origin: url },
      body: JSON.stringify({ role: 'editor', committee: 'fr', expiresInHours: 1, maxUses: 1 }),
    })
    expect(created.status).toBe(201)
    const { path } = (await created.json()) as { path: string }

    const context = await suite.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' }, null)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${url}${path}`)
    await page.getByTestId('sign-in-name').waitFor(WAIT)
    expect(errors).toEqual([])
    // The page names the edition by its title, and who invited.
    expect(await page.getByTestId('invitation-sentence').textContent()).toBe(
      'Owner vous invite à rejoindre « 8es Rencontres franco-japonaises de la coopération décentralisée » comme éditrice/éditeur.',
    )
    expect(await page.getByTestId('offer-edition').textContent()).not.toContain('shizuoka-2024')

    // Signing in from there opens the edition, still without an error.
    await page.getByTestId('sign-in-name').fill('Odile Marchand')
    await page.getByTestId('sign-in-submit').click()
    await page.waitForURL(`**${EDITION}`, WAIT)
    await page.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await expect
      .poll(() => page.getByTestId('signed-in-name').textContent(), WAIT)
      .toContain('Odile')
    expect(errors).toEqual([])
  }, 120_000)

  it('makes a newcomer through a link older than a revocation wait, until an owner approves them', async () => {
    const { url, ownerCookie } = suite.server
    const owner = await suite.openPage(`${EDITION}/members`, { locale: 'fr-FR', name: 'Hélène' })
    await owner.getByTestId('invitation-form').waitFor(WAIT)
    // The committee's shared link: more than one use, chosen by emptying the field.
    await owner.getByTestId('invite-role').selectOption('editor')
    await owner.getByTestId('invite-max-uses').fill('')
    await owner.getByTestId('create-invitation').click()
    const shared = (await owner.getByTestId('invitation-link').textContent())?.trim() ?? ''
    expect(shared).toMatch(/\/invite\//)

    // An editor is revoked: the shared link is now older than a revocation.
    const cookie = await suite.inviteMember('shizuoka-2024', { role: 'editor', name: 'Rémi' })
    const me = (await (await fetch(`${url}/api/me`, { headers: { cookie } })).json()) as {
      person: { id: string }
    }
    const revoked = await fetch(`${url}/api/editions/shizuoka-2024/members/${me.person.id}`, {
      method: 'DELETE',
      headers: { cookie: ownerCookie, origin: url },
    })
    expect(revoked.status).toBe(204)

    // From a browser without his cookie, he opens the shared link: he waits.
    const again = await suite.openPage(new URL(shared).pathname, { locale: 'fr-FR', name: null })
    await again.getByTestId('sign-in-name').fill('Rémi (portable)')
    await again.getByTestId('sign-in-submit').click()
    await again.getByTestId('invitation-pending').waitFor(WAIT)

    // The owner sees who waits and through which link, and approves by keyboard.
    await owner.reload()
    await expect
      .poll(
        async () =>
          (await owner.getByTestId('invitation').all()).length > 0 &&
          (await owner.locator('[data-testid=invitation][data-before-revocation=true]').count()) >
            0,
        WAIT,
      )
      .toBe(true)
    const arrival = owner.locator('[data-testid=arrival]', { hasText: 'Rémi (portable)' })
    await arrival.waitFor(WAIT)
    expect(await arrival.getByTestId('arrival-link').textContent()).toContain('Hélène')
    await arrival.getByTestId('approve-arrival').focus()
    await owner.keyboard.press('Enter')
    await expect.poll(() => arrival.count(), WAIT).toBe(0)
    await expect
      .poll(() => owner.getByTestId('member-name').allTextContents(), WAIT)
      .toContain('Rémi (portable)')
    await owner.screenshot({ path: join(SCREENSHOTS, 'access-e2e-arrival-approved-fr.png') })

    // His browser, asked again, opens the edition as an editor.
    await again.getByTestId('invitation-check-again').click()
    await again.waitForURL(`**${EDITION}`, WAIT)
    await again.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
  }, 180_000)

  it('signs a second device in as the same member from their own menu, once', async () => {
    const cookie = await suite.inviteMember('shizuoka-2024', {
      role: 'editor',
      name: 'Marie Dupont',
      committee: 'fr',
    })
    const office = await suite.openPage(EDITION, { locale: 'fr-FR', cookie })
    await office.locator('[data-testid=connection-status][data-status=connected]').waitFor(WAIT)
    await office.getByTestId('person-menu').click()
    await office.getByTestId('add-device').click()
    await office.getByTestId('add-device-panel').waitFor(WAIT)
    expect(await office.getByTestId('device-qr').getAttribute('src')).toMatch(/^data:image\/svg/)
    const link = (await office.getByTestId('device-link').textContent())?.trim() ?? ''
    expect(link).toMatch(/\/device\/[\w-]{40,}$/)
    await office.screenshot({ path: join(SCREENSHOTS, 'access-e2e-add-device-fr.png') })

    // The phone opens it: no name to type, the same person.
    const phone = await suite.openPage(new URL(link).pathname, { locale: 'ja-JP', name: null })
    await expect
      .poll(() => phone.getByTestId('device-offer').textContent(), WAIT)
      .toContain('Marie Dupont')
    await phone.getByTestId('device-sign-in').click()
    await expect
      .poll(() => phone.getByTestId('signed-in-name').textContent(), WAIT)
      .toContain('Marie Dupont')
    await phone.goto(`${suite.server.url}${EDITION}/members`)
    await phone.getByTestId('member-list').waitFor(WAIT)
    const names = await phone.getByTestId('member-name').allTextContents()
    expect(names.filter((name) => name === 'Marie Dupont')).toHaveLength(1)

    // A third device finds the link used.
    const third = await suite.openPage(new URL(link).pathname, { locale: 'fr-FR', name: null })
    await third.getByTestId('device-link-problem').waitFor(WAIT)
  }, 180_000)

  it("asks the instance owner's committee on their own sign-in, and keeps it", async () => {
    const { token } = await suite.server.kaigi.access.invitations.create({
      editionId: null,
      role: 'owner',
      committee: null,
      createdBy: null,
      expiresInHours: 1,
      maxUses: 1,
    })
    const page = await suite.openPage(`/invite/${token}`, { locale: 'ja-JP', name: null })
    await page.getByTestId('sign-in-name').fill('鈴木 一郎')
    await page.getByTestId('sign-in-submit').click()
    await page.getByTestId('own-committee-error').waitFor(WAIT)
    await page.getByTestId('sign-in-committee-jp').check()
    await page.getByTestId('sign-in-submit').click()
    await page.waitForURL(`${suite.server.url}/`, WAIT)
    const me = await page.evaluate(async () => (await fetch('/api/me')).json())
    expect(me.person).toMatchObject({ name: '鈴木 一郎', admin: true, committee: 'jp' })
  }, 120_000)
})
