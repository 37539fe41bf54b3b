/**
 * A session in one language, as its cell in the day's table shows it: kind
 * and room, title, theme, description, people role by role, and the
 * interpretation mark.
 */
import { BorderStyle, Paragraph } from 'docx'
import type { Lang } from '../../../shared/doc/edition'
import {
  fileWords,
  interpretationMark,
  kindLabel,
  ownText,
  personAbout,
  roleLabel,
  roomText,
} from '../labels'
import { type PersonView, type SessionView, textIn } from '../programme-view'
import { para, paragraphsOf, run } from './runs'
import { COLOUR, Style } from './styles'

function people(
  list: readonly PersonView[],
  heading: string,
  lang: Lang,
  single: boolean,
): Paragraph[] {
  if (list.length === 0) return []
  return [
    para(Style.PeopleLabel, lang, heading),
    ...list.flatMap((person) => {
      const about = personAbout(person, lang, single)
      return [
        para(Style.Person, lang, textIn(person.name, lang)),
        ...(about ? [para(Style.PersonAbout, lang, about)] : []),
      ]
    }),
  ]
}

export function sessionCell(session: SessionView, lang: Lang, single: boolean): Paragraph[] {
  const words = fileWords(lang)
  const room = roomText(session, lang) || words.noRoom
  const paragraphs = [
    new Paragraph({
      style: Style.SessionMeta,
      children: [
        run(kindLabel(session.kind, lang), lang, {
          bold: true,
          color: COLOUR.accent,
          allCaps: true,
          characterSpacing: 8,
        }),
        run('   ', lang),
        run(room, lang),
      ],
    }),
    para(Style.SessionTitle, lang, textIn(session.title, lang)),
  ]
  if (session.theme) {
    paragraphs.push(para(Style.SessionTheme, lang, textIn(session.theme.title, lang)))
  }
  paragraphs.push(
    ...paragraphsOf(Style.Description, lang, ownText(session.description, lang, single)),
    ...session.people.flatMap(({ role, persons }) =>
      people(persons, roleLabel(role, lang), lang, single),
    ),
  )
  const mark = interpretationMark(session, lang)
  if (mark) {
    paragraphs.push(
      new Paragraph({
        style: Style.Interpretation,
        children: [
          run(` ${mark} `, lang, {
            border: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.interpretation, space: 1 },
          }),
        ],
      }),
    )
  }
  return paragraphs
}
