/**
 * `form.pdf`, the bulletin de participation (参加申込書) to print: what
 * Kaigi knows already filled in (the collectivité, its address and its
 * contact), blanks and boxes for the rest (the delegation, the days, the
 * workshops, interpretation, dietary and accessibility needs, the wish to
 * speak or to propose a workshop), the deadline and whom to return it to,
 * and the collectivité's own link to the online form with its QR code,
 * drawn as vector squares so that it prints sharp at any size.
 */
import { encode } from 'uqr'
import { editionDays, ThemeKind } from '../../../shared/doc/edition'
import { letterFacts } from '../../../shared/letters/letter-facts'
import { LetterField } from '../../../shared/letters/letter-fields'
import { drawText } from '../pdf-text'
import type { PackJob } from './pack-job'
import {
  applyStyle,
  box,
  COLOUR,
  type Doc,
  LEFT,
  letterhead,
  packPdf,
  TEXT,
  WIDTH,
  Writer,
} from './pack-pdf'
import { inLang } from './pack-text'
import { PACK_WORDS, type PackWords } from './pack-words'

/** `text` as a QR code of `size` points at (`x`, `y`): one path of the dark runs of each row. */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { data, size: modules } = encode(text, { ecc: 'M', border: 0 })
  const m = size / modules
  data.forEach((row, j) => {
    let i = 0
    while (i < modules) {
      if (!row[i]) {
        i++
        continue
      }
      const start = i
      while (i < modules && row[i]) i++
      doc.rect(x + start * m, y + j * m, (i - start) * m, m)
    }
  })
  doc.fill('#000000')
}

function section(writer: Writer, title: string): void {
  writer.gap(14)
  writer.room(60)
  writer.text(title, TEXT.heading, { after: 4 })
  writer.rule()
  writer.gap(9)
}

const LABEL_WIDTH = 132

/** A label and its value, or a line to write it on. */
function field(writer: Writer, label: string, value: string): void {
  writer.room(24)
  const top = writer.y
  writer.text(label, TEXT.label, { width: LABEL_WIDTH - 8 })
  const labelEnd = writer.y
  writer.y = top - 2
  if (value) {
    writer.text(value, TEXT.strong, { x: LEFT + LABEL_WIDTH, width: WIDTH - LABEL_WIDTH })
    writer.y = Math.max(writer.y, labelEnd) + 7
  } else {
    writer.y = top + 14
    writer.rule(COLOUR.muted, 0.5, LEFT + LABEL_WIDTH, WIDTH - LABEL_WIDTH)
    writer.y = Math.max(writer.y, labelEnd) + 10
  }
}

/** Boxes to tick, `columns` to a row. */
function choices(writer: Writer, labels: readonly string[], columns: number): void {
  const width = WIDTH / columns
  for (let index = 0; index < labels.length; index += columns) {
    const row = labels.slice(index, index + columns)
    const heights = row.map((label) => writer.height(label, TEXT.body, width - 22))
    const height = Math.max(...heights)
    writer.room(height)
    const top = writer.y
    row.forEach((label, column) => {
      const x = LEFT + column * width
      box(writer.doc, x, top + 3)
      applyStyle(writer.doc, TEXT.body)
      drawText(writer.doc, label, x + 16, top, { width: width - 22, lineGap: TEXT.body.lineGap })
    })
    writer.y = top + height + 5
  }
}

/** The delegation's members: a grid of empty rows under its headings. */
function delegation(writer: Writer, words: PackWords): void {
  const headings = [words.memberName, words.memberNameOther, words.function, words.email]
  const widths = [0.27, 0.25, 0.22, 0.26].map((share) => share * WIDTH)
  const rowHeight = 24
  const rows = 5
  const headHeight =
    Math.max(...headings.map((h, i) => writer.height(h, TEXT.label, (widths[i] ?? 0) - 8))) + 8
  writer.room(headHeight + rows * rowHeight)
  const { doc } = writer
  const top = writer.y
  doc.rect(LEFT, top, WIDTH, headHeight).fill(COLOUR.tint)
  let x = LEFT
  headings.forEach((heading, i) => {
    applyStyle(doc, TEXT.label)
    drawText(doc, heading, x + 4, top + 4, { width: (widths[i] ?? 0) - 8, lineGap: 1 })
    x += widths[i] ?? 0
  })
  const bottom = top + headHeight + rows * rowHeight
  doc.lineWidth(0.5).strokeColor(COLOUR.rule)
  for (let r = 0; r <= rows; r++) {
    const y = top + headHeight + r * rowHeight
    doc
      .moveTo(LEFT, y)
      .lineTo(LEFT + WIDTH, y)
      .stroke()
  }
  doc
    .moveTo(LEFT, top)
    .lineTo(LEFT + WIDTH, top)
    .stroke()
  x = LEFT
  for (const width of [0, ...widths]) {
    x += width
    doc.moveTo(x, top).lineTo(x, bottom).stroke()
  }
  writer.y = bottom + 6
}

function dayLabel(day: string, words: PackWords, lang: PackJob['lang']): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  const weekday = words.weekdays[new Date(Date.UTC(year, month - 1, date)).getUTCDay()] ?? ''
  if (lang === 'ja') return `${month}月${date}日（${weekday}）`
  const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  )
  return `${weekday} ${date === 1 ? '1er' : date} ${monthName}`
}

const QR_SIZE = 92

export async function renderFormPdf(job: PackJob): Promise<Uint8Array> {
  const { lang, edition, inputs } = job
  const words = PACK_WORDS[lang]
  const facts = letterFacts(edition, inputs, lang)
  const pdf = await packPdf(words.formTitle, lang, job.at)
  const { doc } = pdf
  const writer = new Writer(doc)
  letterhead(writer, inLang(edition.meta.title, lang))

  writer.text(words.formTitle, TEXT.title, { after: 3 })
  const where = [facts[LetterField.HostCity], facts[LetterField.Dates]].filter(Boolean)
  if (where.length > 0) {
    writer.text(where.join(lang === 'ja' ? '　' : ', '), TEXT.subtitle, { after: 12 })
  }
  const deadline = facts[LetterField.Deadline]
  const returnTo = facts[LetterField.FormReturn]
  if (deadline && returnTo) writer.text(words.returnBefore(deadline, returnTo), TEXT.strong)

  // The online form first: the quickest way, and the collectivité's own.
  const link = inputs.formUrl
  if (link) {
    writer.gap(12)
    const top = writer.y
    const textWidth = WIDTH - QR_SIZE - 34
    const height = Math.max(
      QR_SIZE + 20,
      writer.height(words.onlineText, TEXT.body, textWidth) +
        writer.height(link, TEXT.small, textWidth) +
        40,
    )
    writer.room(height)
    doc.rect(LEFT, top, WIDTH, height).fill(COLOUR.tint)
    writer.y = top + 10
    writer.text(words.onlineHeading, TEXT.heading, { x: LEFT + 12, width: textWidth, after: 4 })
    writer.text(words.onlineText, TEXT.body, { x: LEFT + 12, width: textWidth, after: 4 })
    writer.text(link, { ...TEXT.small, color: COLOUR.accent }, { x: LEFT + 12, width: textWidth })
    doc.rect(LEFT + WIDTH - QR_SIZE - 16, top + 6, QR_SIZE + 8, QR_SIZE + 8).fill('#ffffff')
    drawQr(doc, link, LEFT + WIDTH - QR_SIZE - 12, top + 10, QR_SIZE)
    writer.y = top + height
  }

  const recipient = inputs.recipient
  section(writer, words.collectiviteHeading)
  field(writer, words.collectivite, recipient ? inLang(recipient.name, lang) : '')
  field(writer, words.address, recipient?.address ?? '')
  field(writer, words.contact, recipient?.contact?.name ?? '')
  field(writer, words.function, recipient?.contact?.function ?? '')
  field(writer, words.email, recipient?.contact?.email ?? '')

  section(writer, words.delegationHeading)
  writer.text(words.delegationHint, TEXT.small, { after: 6 })
  delegation(writer, words)

  const days = editionDays(edition).map((day) => dayLabel(day.id, words, lang))
  if (days.length > 0) {
    section(writer, words.daysHeading)
    choices(writer, days, 3)
  }

  section(writer, words.workshopsHeading)
  const workshops = [...edition.themes]
    .filter((theme) => theme.kind === ThemeKind.Workshop)
    .sort((a, b) => a.position - b.position)
    .map((theme) => inLang(theme.title, lang))
    .filter(Boolean)
  if (workshops.length > 0) choices(writer, workshops, 1)
  else writer.text(words.noWorkshops, TEXT.small)

  section(writer, words.interpretationHeading)
  choices(writer, words.interpretationChoices, 3)

  section(writer, words.needsHeading)
  field(writer, words.dietary, '')
  field(writer, words.accessibility, '')

  section(writer, words.wishesHeading)
  for (const question of [words.wishToSpeak, words.wishToPropose]) {
    writer.room(20)
    const top = writer.y
    writer.text(question, TEXT.body, { width: WIDTH - 150 })
    const x = LEFT + WIDTH - 140
    for (const [index, answer] of [words.yes, words.no].entries()) {
      box(doc, x + index * 70, top + 3)
      applyStyle(doc, TEXT.body)
      drawText(doc, answer, x + index * 70 + 15, top, { width: 50 })
    }
    writer.y = Math.max(writer.y, top + 16) + 4
  }

  writer.gap(18)
  field(writer, words.dateAndSignature, '')
  return pdf.finish()
}
