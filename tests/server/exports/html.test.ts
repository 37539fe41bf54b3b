import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml, renderHtml } from '../../../server/exports/html'
import { fileWords } from '../../../server/exports/labels'
import type { ProgrammeView } from '../../../server/exports/programme-view'
import { ExportLang, ExportSource } from '../../../shared/exports'
import { launchChromium } from '../../helpers/browser'
import { demoProgrammeView } from '../../helpers/programme-view'

/** The policy the page is served under (server/exports/export-routes.ts). */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
const PAGE_URL = 'http://kaigi.test/p/shizuoka-2024'

const sessionsOf = (view: ProgrammeView) => view.days.flatMap((day) => day.sessions)

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * `html` served as the public route serves it, with its policy; every
 * request the page makes and every complaint of the browser are kept.
 */
async function open(html: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const requests: string[] = []
  const complaints: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') complaints.push(message.text())
  })
  page.on('pageerror', (error) => complaints.push(error.message))
  await page.route('**/*', (route) =>
    route.request().url() === PAGE_URL
      ? route.fulfill({
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': PAGE_CSP,
          },
          body: html,
        })
      : route.abort(),
  )
  await page.goto(PAGE_URL)
  return { page, requests, complaints, close: () => context.close() }
}

/** The page's text, as written: not upper-cased by its style. */
const bodyText = async (page: Page) => (await page.locator('body').textContent()) ?? ''

describe('escapeHtml', () => {
  it('escapes what could open an element or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    )
    expect(escapeHtml('静岡市　副市長 – Ville de Shizuoka')).toBe(
      '静岡市　副市長 – Ville de Shizuoka',
    )
  })
})

describe('index.html', () => {
  it('is one self-contained page: no script, nothing fetched, nothing refused', async () => {
    const html = await renderHtml(demoProgrammeView(), { lang: ExportLang.Both })
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|https?:/i)
    const { page, requests, complaints, close } = await open(html)
    expect(requests).toEqual([PAGE_URL])
    expect(complaints).toEqual([])
    expect(await page.locator('script, link, img, iframe, form').count()).toBe(0)
    await close()
  })

  it('shows the programme in French and Japanese, with their lang attributes', async () => {
    const view = demoProgrammeView()
    const html = await renderHtml(view, { lang: ExportLang.Both })
    const { page, close } = await open(html)
    expect(await page.title()).toBe(
      `${fileWords('fr').pageTitle(view.meta.title.fr)} · ${fileWords('ja').pageTitle(view.meta.title.ja)}`,
    )
    const text = await bodyText(page)
    for (const words of [
      view.meta.title.fr,
      view.meta.title.ja,
      view.meta.venue.fr,
      view.meta.venue.ja,
      '18–21 novembre 2024',
      '2024年11月18日～21日',
      view.globalTheme?.title.fr ?? '',
      view.globalTheme?.title.ja ?? '',
      'Programme publié le 1 octobre 2024 (Programme définitif)',
      '2024年10月1日公開のプログラム（Programme définitif）',
      'Horaires à l’heure de Tokyo.',
    ]) {
      expect(text).toContain(words)
    }
    for (const session of sessionsOf(view)) {
      expect(text).toContain(session.title.fr)
      expect(text).toContain(session.title.ja)
      if (session.room) {
        expect(text).toContain(session.room.name.fr)
        expect(text).toContain(session.room.name.ja)
      }
      for (const person of session.people.flatMap((group) => group.persons)) {
        expect(text).toContain(person.name.fr)
        expect(text).toContain(person.name.ja)
      }
    }

    // Each session: its times, then one block per language, the Japanese one marked.
    const first = sessionsOf(view)[0]
    const item = page.locator(`#session-${first?.id}`)
    expect(await item.locator('time').first().getAttribute('datetime')).toBe(
      first?.startsAt.toISOString(),
    )
    expect(
      await item
        .locator('.side')
        .evaluateAll((sides) => sides.map((side) => side.getAttribute('lang'))),
    ).toEqual([null, 'ja'])
    expect(await item.locator('.side[lang="ja"] h3').textContent()).toBe(first?.title.ja)
    // A speaker with their function and authority, as each language writes it.
    expect(await item.locator('.people li').allTextContents()).toEqual([
      'Mariko MochizukiMaire adjointe, Ville de Shizuoka',
      '望月 真理子静岡市　副市長',
    ])
    expect(
      await item
        .locator('.about')
        .first()
        .evaluate((about) => getComputedStyle(about).display),
    ).toBe('block')
    const marks = (lang: 'fr' | 'ja') =>
      sessionsOf(view).flatMap((session) =>
        session.interpretation === 'none'
          ? []
          : [fileWords(lang).interpretation[session.interpretation]],
      )
    expect(marks('fr').length).toBeGreaterThan(0)
    expect(await page.locator('.side:not([lang]) .badge').allTextContents()).toEqual(marks('fr'))
    expect(await page.locator('.side[lang="ja"] .badge').allTextContents()).toEqual(marks('ja'))
    // Japanese is set in a Japanese typeface.
    expect(
      await page
        .locator('.side[lang="ja"] h3')
        .first()
        .evaluate((h3) => getComputedStyle(h3).fontFamily),
    ).toMatch(/^"Hiragino Sans"/)
    await close()
  })

  it('links each day from the navigation', async () => {
    const view = demoProgrammeView()
    const { page, close } = await open(await renderHtml(view, { lang: ExportLang.Both }))
    const targets = await page.locator('nav.days a').evaluateAll((links) =>
      links.map((link) => {
        const id = (link.getAttribute('href') ?? '').slice(1)
        return document.getElementById(id)?.querySelector('h2')?.textContent ?? null
      }),
    )
    expect(targets).toEqual(
      view.days.map(({ day }) => `${fileWords('fr').day(day)}${fileWords('ja').day(day)}`),
    )
    await close()
  })

  it('sets the languages side by side on a wide screen and one under the other on a phone', async () => {
    const html = await renderHtml(demoProgrammeView(), { lang: ExportLang.Both })
    const columns = (page: Page) =>
      page
        .locator('.session')
        .first()
        .evaluate((item) => getComputedStyle(item).gridTemplateColumns.split(' ').length)
    const wide = await open(html)
    expect(await columns(wide.page)).toBe(3)
    await wide.close()
    const phone = await open(html, { width: 390, height: 844 })
    expect(await columns(phone.page)).toBe(1)
    // Nothing wider than the phone.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
    await phone.close()
  })

  it('prints without its navigation, black on white, a day a page, no session split', async () => {
    const { page, close } = await open(await renderHtml(demoProgrammeView(), { lang: 'both' }))
    const nav = page.locator('nav.days')
    expect(await nav.evaluate((element) => getComputedStyle(element).display)).not.toBe('none')
    await page.emulateMedia({ media: 'print' })
    expect(await nav.evaluate((element) => getComputedStyle(element).display)).toBe('none')
    const printed = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector)
        if (!element) throw new Error(`no ${selector}`)
        return getComputedStyle(element)
      }
      return {
        background: style('body').backgroundColor,
        title: style('.session h3').color,
        session: style('.session').breakInside,
        day: style('.day').breakBefore,
        heading: style('.day > h2').breakAfter,
      }
    })
    expect(printed).toEqual({
      background: 'rgb(255, 255, 255)',
      title: 'rgb(0, 0, 0)',
      session: 'avoid',
      day: 'page',
      heading: 'avoid',
    })
    await close()
  })

  it('keeps hostile titles and names as text', async () => {
    const view = demoProgrammeView()
    const session = sessionsOf(view)[0]
    const person = session?.people[0]?.persons[0]
    if (!session || !person) throw new Error('the demo has a session with a speaker')
    const hostile = `</h3><script>document.title='pwned'</script><img src=x onerror="alert(1)"> "A&B" 'C'`
    session.title = { fr: hostile, ja: `「${hostile}」`, en: '' }
    person.name = { fr: '<b>Mariko</b> & "Co"', ja: '<i>望月</i>', en: '' }
    view.meta.title = { fr: 'Rencontres </title><script>x()</script>', ja: '<s>会議</s>', en: '' }
    const html = await renderHtml(view, { lang: ExportLang.Both })
    expect(html).not.toContain('<script')
    const { page, complaints, close } = await open(html)
    expect(complaints).toEqual([])
    expect(await page.locator('script, img, b, i, s').count()).toBe(0)
    expect(await page.title()).toContain('Rencontres </title><script>x()</script>')
    const item = page.locator(`#session-${session.id}`)
    expect(await item.locator('h3').allTextContents()).toEqual([hostile, `「${hostile}」`])
    expect(await item.locator('.name').allTextContents()).toEqual([
      '<b>Mariko</b> & "Co"',
      '<i>望月</i>',
    ])
    expect(await page.locator('h1').textContent()).toBe(
      'Rencontres </title><script>x()</script><s>会議</s>',
    )
    await close()
  })

  it('gives one language: Japanese alone, or French alone', async () => {
    const view = demoProgrammeView()
    const japanese = await renderHtml(view, { lang: ExportLang.Japanese })
    expect(japanese.startsWith('<!doctype html>\n<html lang="ja">')).toBe(true)
    const { page, close } = await open(japanese)
    expect(await page.title()).toBe(fileWords('ja').pageTitle(view.meta.title.ja))
    const text = await bodyText(page)
    const ja = fileWords('ja')
    for (const words of [
      view.meta.title.ja,
      ja.dates,
      ja.venue,
      ja.globalTheme,
      ja.roles.speaker,
    ]) {
      expect(text).toContain(words)
    }
    const fr = fileWords('fr')
    for (const words of [
      view.meta.title.fr,
      'Dates',
      fr.venue,
      fr.globalTheme,
      fr.roles.speaker,
      fr.roles.moderator,
      fr.interpretation.simultaneous,
      'Programme publié',
      'Lundi',
    ]) {
      expect(text).not.toContain(words)
    }
    for (const session of sessionsOf(view)) {
      expect(text).toContain(session.title.ja)
      expect(text).not.toContain(session.title.fr)
    }
    expect(await page.locator('[lang]:not(html)').count()).toBe(0)
    await close()

    const french = await renderHtml(view, { lang: ExportLang.French })
    expect(french).toContain('<html lang="fr">')
    expect(french).not.toContain(view.meta.title.ja)
    expect(french).not.toContain('lang="ja"')
  })

  it('says when it is a draft, and shows an empty programme', async () => {
    const view = demoProgrammeView()
    view.origin = { source: ExportSource.Draft, at: new Date('2024-09-01T00:00:00Z') }
    view.days = []
    const { page, close } = await open(await renderHtml(view, { lang: ExportLang.Both }))
    const text = await bodyText(page)
    expect(text).toContain(fileWords('fr').draft)
    expect(text).toContain(fileWords('ja').draft)
    expect(text).toContain(fileWords('fr').noSessions)
    expect(text).toContain(fileWords('ja').noSessions)
    expect(await page.locator('.origin.draft').count()).toBe(1)
    expect(await page.locator('nav').count()).toBe(0)
    await close()
  })
})
