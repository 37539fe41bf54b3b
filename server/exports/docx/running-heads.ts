/**
 * Running heads, on every page but the cover: the edition at the head, the
 * version and the page number at the foot.
 */
import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx'
import type { Lang } from '../../../shared/doc/edition'
import { originLine } from '../labels'
import { type ProgrammeView, textIn } from '../programme-view'
import { CONTENT_WIDTH } from './page'
import { run } from './runs'
import { Style } from './styles'

export function runningHeader(view: ProgrammeView, langs: readonly Lang[]): Header {
  return new Header({
    children: [
      new Paragraph({
        style: Style.Running,
        alignment: AlignmentType.RIGHT,
        children: langs.flatMap((lang, i) => [
          ...(i > 0 ? [run('  ·  ', lang)] : []),
          run(textIn(view.meta.title, lang), lang),
        ]),
      }),
    ],
  })
}

export function runningFooter(view: ProgrammeView, langs: readonly Lang[]): Footer {
  return new Footer({
    children: langs.map(
      (lang, i) =>
        new Paragraph({
          style: Style.Running,
          tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
          children: [
            run(originLine(view, lang), lang),
            ...(i === 0 ? [new TextRun({ children: [new Tab(), PageNumber.CURRENT] })] : []),
          ],
        }),
    ),
  })
}
