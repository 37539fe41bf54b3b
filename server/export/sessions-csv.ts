import { Lang } from '../../shared/doc/edition'
import { csvWithBom } from './csv'
import { kindLabel } from './labels'
import type { PersonView, ProgrammeView } from './programme-view'

const names = (people: readonly PersonView[], lang: Lang): string =>
  people.map((person) => person.name[lang]).join(' ; ')

/**
 * The sessions as a spreadsheet: one row each, in programme order, every
 * text in French and in Japanese side by side. Ids make a row traceable
 * back to the programme.
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
      session.room?.name.fr ?? '',
      session.room?.name.ja ?? '',
      session.theme?.title.fr ?? '',
      session.theme?.title.ja ?? '',
      names(session.speakers, Lang.French),
      names(session.speakers, Lang.Japanese),
      names(session.moderators, Lang.French),
      names(session.moderators, Lang.Japanese),
      session.interpretation ? 'yes' : 'no',
      session.status,
      session.description.fr,
      session.description.ja,
    ]),
  )
  return csvWithBom([header, ...rows])
}
