import { Lang, SessionRole } from '../../shared/doc/edition'
import { csvWithBom } from './csv'
import { kindLabel, roomText } from './labels'
import type { ProgrammeView, SessionView } from './programme-view'

/** The names of the session's people in `role`, in their order. */
const names = (session: SessionView, role: SessionRole, lang: Lang): string =>
  (session.people.find((group) => group.role === role)?.persons ?? [])
    .map((person) => person.name[lang])
    .join(' ; ')

/**
 * The sessions as a spreadsheet: one row each, in programme order, every
 * text in French and in Japanese side by side. Ids make a row traceable
 * back to the programme. A session in several rooms names them all in its
 * room columns; `interpretation` is none, consecutive or simultaneous.
 */
export async function renderSessionsCsv(view: ProgrammeView): Promise<string> {
  const header = [
    'id',
    'day',
    'start',
    'end',
    'duration_minutes',
    'kind_fr',
    'kind_ja',
    'title_fr',
    'title_ja',
    'title_en',
    'room_fr',
    'room_ja',
    'theme_fr',
    'theme_ja',
    'speakers_fr',
    'speakers_ja',
    'moderators_fr',
    'moderators_ja',
    'interpretation',
    'status',
    'description_fr',
    'description_ja',
    // The later roles go last, so that sheets reading the earlier columns by position still work.
    'rapporteurs_fr',
    'rapporteurs_ja',
    'witnesses_fr',
    'witnesses_ja',
  ]
  const rows = view.days.flatMap(({ sessions }) =>
    sessions.map((session) => [
      session.id,
      session.day,
      session.start,
      session.end,
      String(session.durationMinutes),
      kindLabel(session.kind, Lang.French),
      kindLabel(session.kind, Lang.Japanese),
      session.title.fr,
      session.title.ja,
      session.title.en,
      roomText(session, Lang.French, false),
      roomText(session, Lang.Japanese, false),
      session.theme?.title.fr ?? '',
      session.theme?.title.ja ?? '',
      names(session, SessionRole.Speaker, Lang.French),
      names(session, SessionRole.Speaker, Lang.Japanese),
      names(session, SessionRole.Moderator, Lang.French),
      names(session, SessionRole.Moderator, Lang.Japanese),
      session.interpretation,
      session.status,
      session.description.fr,
      session.description.ja,
      names(session, SessionRole.Rapporteur, Lang.French),
      names(session, SessionRole.Rapporteur, Lang.Japanese),
      names(session, SessionRole.Witness, Lang.French),
      names(session, SessionRole.Witness, Lang.Japanese),
    ]),
  )
  return csvWithBom([header, ...rows])
}
