/**
 * `agenda.pdf`, the ordre du jour prévisionnel (会議次第（案）): the
 * edition's first meeting, its day, hours, place and the event it is part
 * of, then its agenda, one item per line as the committee wrote it.
 */
import { firstMeeting, letterFacts } from '../../../shared/letters/letter-facts'
import { LetterField } from '../../../shared/letters/letter-fields'
import type { PackJob } from './pack-job'
import { LEFT, letterhead, packPdf, TEXT, WIDTH, Writer } from './pack-pdf'
import { inLang } from './pack-text'
import { PACK_WORDS } from './pack-words'

const LABEL_WIDTH = 110

/** The agenda's items: its lines, without the numbers or bullets they may have been typed with. */
export function agendaItems(agenda: string): string[] {
  return agenda
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[0-9０-９]+\s*[.)．、）]|[-–—•・*])\s*/, '').trim())
    .filter(Boolean)
}

export async function renderAgendaPdf(job: PackJob): Promise<Uint8Array> {
  const words = PACK_WORDS[job.lang]
  const meeting = firstMeeting(job.edition)
  if (!meeting) throw new Error('the edition has no meeting')
  const facts = letterFacts(job.edition, job.inputs, job.lang)
  const pdf = await packPdf(words.agendaTitle, job.lang, job.at)
  const writer = new Writer(pdf.doc)
  letterhead(writer, inLang(job.edition.meta.title, job.lang))

  writer.text(words.agendaTitle, TEXT.title, { after: 4 })
  writer.text(words.agendaMeeting, TEXT.subtitle, { after: 22 })

  const rows: Array<[string, string | undefined]> = [
    [
      words.when,
      [facts[LetterField.MeetingDate], facts[LetterField.MeetingHours]]
        .filter(Boolean)
        .join(job.lang === 'ja' ? '　' : ', '),
    ],
    [words.where, facts[LetterField.MeetingPlace]],
    [words.within, facts[LetterField.MeetingEvent]],
  ]
  for (const [label, value] of rows) {
    if (!value) continue
    const top = writer.y
    writer.text(label, TEXT.label, { width: LABEL_WIDTH - 10 })
    const labelEnd = writer.y
    writer.y = top - 1.5
    writer.text(value, TEXT.strong, { x: LEFT + LABEL_WIDTH, width: WIDTH - LABEL_WIDTH })
    writer.y = Math.max(writer.y, labelEnd) + 10
  }

  writer.gap(16)
  writer.text(words.agendaItems, TEXT.heading, { after: 5 })
  writer.rule()
  writer.gap(12)
  agendaItems(inLang(meeting.agenda, job.lang)).forEach((item, index) => {
    const top = writer.y
    writer.text(words.itemNumber(index + 1), TEXT.strong, { width: 28 })
    writer.y = top
    writer.text(item, TEXT.body, { x: LEFT + 30, width: WIDTH - 30, after: 8 })
  })
  return pdf.finish()
}
