/**
 * The programme as one self-contained web page, `index.html`, the public
 * page of a published programme (`/p/<edition>`): the edition, its dates,
 * venue and global theme, which version it shows, a row of links to the
 * days, then each day's sessions. With `lang=both` French and Japanese
 * stand side by side on a wide screen and one under the other on a phone;
 * `fr` or `ja` gives one language. The public page puts its reader's
 * language first (chosen on the page, else their browser's) and links to
 * the other order. Served under a policy that allows inline
 * styles only, so the page holds no script and asks for nothing: system
 * fonts, inline CSS, and a print stylesheet of its own (no navigation, one
 * day a page, no session split across pages).
 */
import { formatDateRange, formatDay } from '../../shared/calendar-days'
import { Lang } from '../../shared/doc/edition'
import { ExportSource } from '../../shared/exports'
import type { ExportOptions } from './export-format'
import {
  exportLangs,
  fileWords,
  interpretationMark,
  kindLabel,
  originLine,
  ownText,
  personAbout,
  roleLabel,
  roomText,
  zoneName,
} from './labels'
import { type PersonView, type ProgrammeView, type SessionView, textIn } from './programme-view'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** `text` as HTML text or a quoted attribute's value: names and titles come from people. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

/** The element's `lang` attribute, where it differs from the page's. */
const langAttribute = (lang: Lang, page: Lang): string => (lang === page ? '' : ` lang="${lang}"`)

const dayAnchor = (day: string): string => `day-${day}`

// --- The parts of the page. ---

interface Page {
  view: ProgrammeView
  langs: readonly Lang[]
  /** The `<html lang>`: the first of `langs`. */
  lang: Lang
  single: boolean
  /** The public page: its reader may choose which language comes first. */
  switchable: boolean
}

/** The name of each language in itself, for the switch. */
const LANG_NAMES: Record<Lang, string> = { fr: 'Français', ja: '日本語', en: 'English' }

/** The query parameter of the public page that puts a language first. */
export const FIRST_PARAM = 'first'

/** The two links that choose the language read first, the current one marked. */
function langSwitch(page: Page): string {
  if (!page.switchable) return ''
  const links = [Lang.French, Lang.Japanese]
    .map((lang) => {
      const current = lang === page.lang ? ' aria-current="true"' : ''
      return `<a href="?${FIRST_PARAM}=${lang}" hreflang="${lang}"${langAttribute(lang, page.lang)}${current} data-testid="public-lang-${lang}">${escapeHtml(LANG_NAMES[lang])}</a>`
    })
    .join('')
  const label = [Lang.French, Lang.Japanese].map((lang) => fileWords(lang).readFirst).join(' · ')
  return `<nav class="langs" aria-label="${escapeHtml(label)}">${links}</nav>`
}

/** One block per language, side by side or one under the other. */
function sides(page: Page, className: string, content: (lang: Lang) => string): string {
  return page.langs
    .map((lang) => {
      const inner = content(lang)
      return inner
        ? `<div class="${className}"${langAttribute(lang, page.lang)}>${inner}</div>`
        : ''
    })
    .join('')
}

/** The same short words in each language, in one line: "Programme · プログラム". */
const inline = (page: Page, words: (lang: Lang) => string, separator = ''): string =>
  page.langs
    .map((lang) => `<span${langAttribute(lang, page.lang)}>${escapeHtml(words(lang))}</span>`)
    .join(separator)

function cover(page: Page): string {
  const { view } = page
  const { meta } = view
  const titles = page.langs
    .map(
      (lang, i) =>
        `<span${i > 0 ? ' class="second"' : ''}${langAttribute(lang, page.lang)}>${escapeHtml(textIn(meta.title, lang))}</span>`,
    )
    .join('')
  const facts = sides(page, 'side', (lang) => {
    const words = fileWords(lang)
    const parts: string[] = []
    const dates = formatDateRange(meta.startDate, meta.endDate, lang, meta.year)
    if (dates)
      parts.push(`<div><dt>${escapeHtml(words.dates)}</dt><dd>${escapeHtml(dates)}</dd></div>`)
    const venue = textIn(meta.venue, lang).trim()
    const city = textIn(meta.hostCity, lang).trim()
    if (venue || city) {
      const aside = venue && city ? `<span class="aside">${escapeHtml(city)}</span>` : ''
      parts.push(
        `<div><dt>${escapeHtml(words.venue)}</dt><dd>${escapeHtml(venue || city)}${aside}</dd></div>`,
      )
    }
    const theme = view.globalTheme
    if (theme) {
      const description = ownText(theme.description, lang, page.single)
      parts.push(
        `<div class="global-theme"><dt>${escapeHtml(words.globalTheme)}</dt><dd><span class="theme-title">${escapeHtml(textIn(theme.title, lang))}</span>${description ? `<span class="theme-text">${escapeHtml(description)}</span>` : ''}</dd></div>`,
      )
    }
    return parts.length > 0 ? `<dl class="facts">${parts.join('')}</dl>` : ''
  })
  const draft = view.origin.source === ExportSource.Draft
  const origin = sides(
    page,
    'side',
    (lang) =>
      `<p class="version">${escapeHtml(originLine(view, lang))}</p><p class="zone">${escapeHtml(fileWords(lang).timesIn(zoneName(meta.timeZone, lang)))}</p>`,
  )
  return `<header class="cover"><div class="wrap">
${langSwitch(page)}
<p class="overline">${inline(page, (lang) => fileWords(lang).programme, '<span class="dot" aria-hidden="true"> · </span>')}</p>
<h1>${titles}</h1>
<div class="bar" aria-hidden="true"></div>
<div class="pair">${facts}</div>
<div class="pair origin${draft ? ' draft' : ''}">${origin}</div>
</div></header>`
}

function nav(page: Page): string {
  if (page.view.days.length === 0) return ''
  const links = page.view.days
    .map(
      ({ day }) =>
        `<li><a href="#${dayAnchor(day)}">${inline(page, (lang) => formatDay(day, lang, 'tab'))}</a></li>`,
    )
    .join('')
  return `<nav class="days" aria-label="${escapeHtml(page.langs.map((lang) => fileWords(lang).dates).join(' · '))}"><ol>${links}</ol></nav>`
}

function people(list: readonly PersonView[], heading: string, lang: Lang, single: boolean): string {
  if (list.length === 0) return ''
  const items = list
    .map((person) => {
      const about = personAbout(person, lang, single)
      return `<li><span class="name">${escapeHtml(textIn(person.name, lang))}</span>${about ? `<span class="about">${escapeHtml(about)}</span>` : ''}</li>`
    })
    .join('')
  return `<div class="people"><p class="label">${escapeHtml(heading)}</p><ul>${items}</ul></div>`
}

function sessionSide(session: SessionView, lang: Lang, single: boolean): string {
  const words = fileWords(lang)
  const room = roomText(session, lang) || words.noRoom
  const mark = interpretationMark(session, lang)
  const theme = session.theme
    ? `<p class="theme">${escapeHtml(textIn(session.theme.title, lang))}</p>`
    : ''
  const description = ownText(session.description, lang, single)
  return [
    `<p class="meta"><span class="kind">${escapeHtml(kindLabel(session.kind, lang))}</span><span class="room">${escapeHtml(room)}</span></p>`,
    `<h3>${escapeHtml(textIn(session.title, lang))}</h3>`,
    theme,
    description ? `<p class="description">${escapeHtml(description)}</p>` : '',
    ...session.people.map(({ role, persons }) =>
      people(persons, roleLabel(role, lang), lang, single),
    ),
    mark ? `<p class="badge">${escapeHtml(mark)}</p>` : '',
  ].join('')
}

function sessionItem(page: Page, session: SessionView): string {
  // Shown on a phone, where the end stands after the start: " – ", 「〜」.
  const separator = page.single ? fileWords(page.lang).timeRange('', '') : ' – '
  const when = `<p class="when"><time class="start" datetime="${session.startsAt.toISOString()}">${escapeHtml(session.start)}</time><span class="sep" aria-hidden="true">${escapeHtml(separator)}</span><time class="end" datetime="${session.endsAt.toISOString()}">${escapeHtml(session.end)}</time></p>`
  const content = sides(page, 'side', (lang) => sessionSide(session, lang, page.single))
  return `<li class="session kind-${escapeHtml(session.kind)}" id="session-${escapeHtml(session.id)}">${when}${content}</li>`
}

function days(page: Page): string {
  const { view } = page
  if (view.days.length === 0) {
    return `<section class="day empty">${sides(page, 'side', (lang) => `<p>${escapeHtml(fileWords(lang).noSessions)}</p>`)}</section>`
  }
  return view.days
    .map(
      ({ day, sessions }) =>
        `<section class="day" id="${dayAnchor(day)}" aria-labelledby="${dayAnchor(day)}-title">
<h2 id="${dayAnchor(day)}-title">${inline(page, (lang) => fileWords(lang).day(day))}</h2>
<ol class="sessions">
${sessions.map((session) => sessionItem(page, session)).join('\n')}
</ol></section>`,
    )
    .join('\n')
}

function colophon(page: Page): string {
  const { view } = page
  return `<footer class="colophon"><div class="wrap">${sides(
    page,
    'side',
    (lang) =>
      `<p>${escapeHtml(textIn(view.meta.title, lang))}</p><p>${escapeHtml(originLine(view, lang))}</p>`,
  )}</div></footer>`
}

// --- The style: the screen first, then paper. ---

const LATIN_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial'
const JAPANESE_FONTS =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", YuGothic, Meiryo'

/** The width from which languages stand side by side. */
const WIDE = '52rem'

const STYLE = `
:root{color-scheme:light;--ink:#1a2130;--text:#3a4252;--muted:#626b7c;--accent:#1f3a68;--rule:#d4d9e1;--tint:#eaeff6;--page:#f4f6f9;--interp:#0b6b60;--draft:#a3331f;--kind:var(--accent)}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--text);font:16px/1.55 ${LATIN_FONTS}, ${JAPANESE_FONTS}, sans-serif;overflow-wrap:break-word}
:lang(ja){font-family:${JAPANESE_FONTS}, ${LATIN_FONTS}, sans-serif;line-break:strict}
.wrap{max-width:74rem;margin:0 auto;padding:0 1.25rem}
.single .wrap{max-width:52rem}
p,h1,h2,h3,dl,dd{margin:0}
.cover{background:#fff;border-bottom:1px solid var(--rule)}
.cover .wrap{padding-top:2.5rem;padding-bottom:2rem}
.langs{display:flex;justify-content:flex-end;gap:.4rem;margin:-1.5rem 0 1rem}
.langs a{padding:.35rem .8rem;border:1px solid var(--rule);border-radius:999px;color:var(--accent);font-size:.85rem;font-weight:600;text-decoration:none}
.langs a[aria-current]{border-color:var(--accent);background:var(--accent);color:#fff}
.langs a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.overline{font-size:.78rem;font-weight:700;letter-spacing:.14em;text-transform:uppercase;color:var(--accent)}
.overline .dot{color:var(--muted)}
h1{margin-top:.7rem;color:var(--ink);font-size:clamp(1.55rem,1rem + 2.4vw,2.5rem);line-height:1.2;letter-spacing:-.01em}
h1 .second{display:block;margin-top:.4em;font-size:.76em;letter-spacing:0}
.bar{width:3rem;height:4px;margin:1.4rem 0 1.6rem;background:var(--accent);border-radius:2px}
.pair{display:grid;gap:1.25rem 3rem}
.facts>div{margin-bottom:1.1rem}
.facts>div:last-child{margin-bottom:0}
dt,.label{font-size:.7rem;font-weight:700;letter-spacing:.09em;text-transform:uppercase;color:var(--muted)}
dt:lang(ja),.label:lang(ja){letter-spacing:.04em}
dd{margin-top:.2rem;color:var(--ink);font-size:1.05rem}
.aside{display:block;color:var(--muted);font-size:.9rem}
.theme-title{display:block;font-weight:700}
.theme-text{display:block;margin-top:.45rem;color:var(--text);font-size:.9rem;line-height:1.65}
.origin{margin-top:1.75rem;padding-top:1rem;border-top:1px solid var(--rule);font-size:.88rem;row-gap:.6rem}
.version{font-weight:600;color:var(--ink)}
.zone{color:var(--muted)}
.origin.draft{padding:.9rem 1rem;border:2px solid var(--draft);border-radius:8px;background:#fdf3f0}
.origin.draft .version{color:var(--draft);font-weight:700}
nav.days{position:sticky;top:0;z-index:2;background:rgba(255,255,255,.96);border-bottom:1px solid var(--rule)}
nav.days ol{display:flex;gap:.5rem;max-width:74rem;margin:0 auto;padding:.6rem 1.25rem;list-style:none;overflow-x:auto;scrollbar-width:thin}
.single nav.days ol{max-width:52rem}
nav.days a{display:block;padding:.3rem .85rem;border:1px solid var(--rule);border-radius:999px;background:#fff;color:var(--accent);font-size:.85rem;font-weight:600;white-space:nowrap;text-decoration:none}
nav.days a:hover,nav.days a:focus-visible{border-color:var(--accent);background:var(--tint)}
nav.days a span+span{margin-left:.45em;color:var(--muted);font-weight:500}
main{padding-bottom:1rem}
.day{padding-top:2.25rem;scroll-margin-top:3.25rem}
.day>h2{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem 1rem;margin-bottom:1rem;padding-bottom:.45rem;border-bottom:2px solid var(--accent);color:var(--accent);font-size:1.3rem;line-height:1.3}
.day>h2 span+span{color:var(--muted);font-size:.85em;font-weight:600}
.sessions{display:grid;gap:.75rem;margin:0;padding:0;list-style:none}
.session{display:grid;grid-template-columns:minmax(0,1fr);gap:.75rem 1.75rem;padding:1rem 1.1rem 1.1rem;background:#fff;border:1px solid var(--rule);border-left:4px solid var(--kind);border-radius:8px}
.when{color:var(--ink);font-variant-numeric:tabular-nums;line-height:1.3}
.when .start{font-size:1.05rem;font-weight:700}
.when .end{color:var(--muted)}
.side+.side{padding-top:.75rem;border-top:1px dashed var(--rule)}
.meta{display:flex;flex-wrap:wrap;gap:.15rem .8rem;margin-bottom:.25rem;color:var(--muted);font-size:.8rem}
.kind{color:var(--kind);font-weight:700;letter-spacing:.07em;text-transform:uppercase}
.kind:lang(ja){letter-spacing:.02em}
h3{color:var(--ink);font-size:1.1rem;line-height:1.35}
.theme{margin-top:.3rem;color:var(--accent);font-size:.86rem}
.description{margin-top:.45rem;font-size:.93rem;white-space:pre-line}
.people{margin-top:.7rem}
.people ul{margin:.2rem 0 0;padding:0;list-style:none}
.people li{margin-top:.3rem;font-size:.92rem;line-height:1.4}
.name{color:var(--ink);font-weight:600}
.about{display:block;color:var(--muted);font-size:.83rem}
.badge{display:inline-block;margin-top:.8rem;padding:.12rem .6rem;border:1px solid var(--interp);border-radius:999px;color:var(--interp);font-size:.78rem;font-weight:600}
.kind-plenary{--kind:#1f3a68}
.kind-workshop{--kind:#2d6a4f}
.kind-site_visit{--kind:#8a5a12}
.kind-ceremony{--kind:#7d2a4a}
.kind-reception{--kind:#8c3f7a}
.kind-other{--kind:#4b5567}
.kind-break{--kind:#5f6774;background:transparent;border-style:dashed;border-left-style:solid}
.kind-break h3{font-size:1rem;font-weight:600}
.empty{padding:2rem 0;color:var(--muted)}
.colophon{margin-top:2rem;padding:1.5rem 0 3rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.82rem}
.colophon .wrap{display:grid;gap:.75rem 3rem}
@media (min-width:${WIDE}){
.both .pair,.both .colophon .wrap{grid-template-columns:1fr 1fr}
.session{grid-template-columns:4.25rem minmax(0,1fr)}
.both .session{grid-template-columns:4.25rem minmax(0,1fr) minmax(0,1fr)}
.when .sep{display:none}
.when .end{display:block;font-size:.85rem}
.side+.side{padding-top:0;border-top:0}
}
@media print{
@page{size:A4;margin:14mm 12mm 15mm}
:root{--ink:#000;--text:#000;--muted:#444;--accent:#000;--rule:#aaa;--interp:#000;--draft:#000;--page:#fff}
body{background:#fff;color:#000;font-size:9.5pt;line-height:1.4}
nav.days,.langs{display:none}
.wrap,.single .wrap{max-width:none;padding:0}
.cover{border:0}
.cover .wrap{padding:18mm 0 0}
.both .pair,.both .colophon .wrap{grid-template-columns:1fr 1fr}
.origin.draft{background:none}
.day{padding-top:0;break-before:page}
.day>h2{break-after:avoid}
.sessions{display:block}
.session{--kind:#000;grid-template-columns:3.5rem minmax(0,1fr);gap:.3rem 1.25rem;padding:.55rem 0 .6rem;border:0;border-top:.5pt solid var(--rule);border-radius:0;background:none;break-inside:avoid;page-break-inside:avoid}
.both .session{grid-template-columns:3.5rem minmax(0,1fr) minmax(0,1fr)}
.session:first-child{border-top:0}
.when .sep{display:none}
.when .end{display:block}
.side+.side{padding-top:0;border-top:0}
.badge{border-color:#000;color:#000}
.colophon{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
`
  .trim()
  .replace(/\n/g, '')

/** The programme as `index.html`, in the languages `options.lang` asks for. */
export async function renderHtml(view: ProgrammeView, options: ExportOptions): Promise<string> {
  const first = options.publicPage?.first
  const langs = exportLangs(options.lang).sort((a, b) => Number(b === first) - Number(a === first))
  const lang = langs[0] ?? Lang.French
  const switchable = options.publicPage !== undefined && langs.length > 1
  const page: Page = { view, langs, lang, single: langs.length === 1, switchable }
  const { meta } = view
  const title = langs.map((l) => fileWords(l).pageTitle(textIn(meta.title, l))).join(' · ')
  const description = langs
    .map((l) =>
      [
        textIn(meta.title, l),
        formatDateRange(meta.startDate, meta.endDate, l, meta.year),
        textIn(meta.hostCity, l),
      ]
        .filter(Boolean)
        .join(', '),
    )
    .join(' · ')
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="Kaigi">
<meta name="description" content="${escapeHtml(description)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body class="${page.single ? 'single' : 'both'}">
${cover(page)}
${nav(page)}
<main class="wrap">
${days(page)}
</main>
${colophon(page)}
</body>
</html>
`
}
