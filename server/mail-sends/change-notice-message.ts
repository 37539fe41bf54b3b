/**
 * After a publication, the notice to a registered collectivité: what
 * changed in the programme since the version it was last sent, session by
 * session, in its language (a moved session's old and new times on the
 * edition's clocks), with the updated calendar file.
 */
import type { ContactLanguage } from '../../shared/directory'
import {
  type EditionSnapshot,
  formatClockTime,
  parseClockTime,
  type Session,
  type SessionChange,
  type SessionPlace,
} from '../../shared/doc/edition'
import { letterDay } from '../../shared/letters/letter-facts'
import { type Block, lines, paragraph } from './mail-body'
import {
  type Addressee,
  type ComposedMessage,
  messageTo,
  rencontresName,
  SIGNATURE,
} from './pack-message'

const WORDS = {
  fr: {
    unplaced: 'non placée',
    allRooms: 'toutes les salles',
    noRoom: 'sans salle',
    untitled: 'Séance sans titre',
    added: (title: string, place: string) => `Nouvelle séance : ${title} (${place})`,
    removed: (title: string, place: string) => `Séance supprimée : ${title} (${place})`,
    moved: (title: string, from: string, to: string) => `${title} : déplacée, de ${from} à ${to}`,
    retitled: (title: string) => `${title} : titre ou description modifiés`,
    other: (title: string) => `${title} : intervenants ou autres détails modifiés`,
  },
  ja: {
    unplaced: '未定',
    allRooms: '全会場',
    noRoom: '会場未定',
    untitled: '無題のセッション',
    added: (title: string, place: string) => `新規セッション：${title}（${place}）`,
    removed: (title: string, place: string) => `削除されたセッション：${title}（${place}）`,
    moved: (title: string, from: string, to: string) => `${title}：${from} から ${to} に変更`,
    retitled: (title: string) => `${title}：タイトル・説明の変更`,
    other: (title: string) => `${title}：登壇者等の変更`,
  },
} as const

const titleOf = (session: Session, lang: ContactLanguage) =>
  session.title[lang].trim() ||
  session.title[lang === 'ja' ? 'fr' : 'ja'].trim() ||
  WORDS[lang].untitled

/** « 20 novembre 2024, 13:30–15:00, Salle 1 », 「2024年11月20日 13:30–15:00 第1会議室」 */
export function placeWords(
  place: SessionPlace,
  edition: EditionSnapshot,
  lang: ContactLanguage,
): string {
  const words = WORDS[lang]
  if (place.day === null || place.start === null) return words.unplaced
  const start = parseClockTime(place.start)
  const times =
    start === null
      ? place.start
      : `${place.start}–${formatClockTime(start + place.durationMinutes)}`
  const rooms = place.allRooms
    ? words.allRooms
    : place.roomIds.length === 0
      ? words.noRoom
      : place.roomIds
          .map((id) => {
            const room = edition.rooms.find((each) => each.id === id)
            return room ? room.name[lang].trim() || room.name.fr : '?'
          })
          .join(' / ')
  return [letterDay(place.day, lang), times, rooms].join(lang === 'ja' ? ' ' : ', ')
}

/** One line per change, in `lang`. */
export function changeLines(
  changes: readonly SessionChange[],
  edition: EditionSnapshot,
  lang: ContactLanguage,
): string[] {
  const words = WORDS[lang]
  return changes.flatMap((change) => {
    const title = titleOf(change.session, lang)
    switch (change.kind) {
      case 'added':
        return [words.added(title, placeWords(change.session, edition, lang))]
      case 'removed':
        return [words.removed(title, placeWords(change.session, edition, lang))]
      default: {
        const said: string[] = []
        if (change.moved) {
          said.push(
            words.moved(
              title,
              placeWords(change.moved.from, edition, lang),
              placeWords(change.moved.to, edition, lang),
            ),
          )
        }
        if (change.texts.some((text) => text.lang === lang)) said.push(words.retitled(title))
        if (change.fields.length > 0) said.push(words.other(title))
        return said
      }
    }
  })
}

/** The notice to `to` of `changes` since `sinceName` (null: the first publication). */
export function changeNoticeMessage(
  edition: EditionSnapshot,
  to: Addressee,
  changes: readonly SessionChange[],
  versionName: string,
  sinceName: string | null,
): ComposedMessage {
  const lang = to.language
  const name = rencontresName(edition.meta.number, lang)
  const said = changeLines(changes, edition, lang)
  const zone = edition.meta.timeZone
  const blocks: Block[] =
    lang === 'ja'
      ? [
          paragraph(`${to.toName}　様`),
          paragraph(
            sinceName === null
              ? `${name}のプログラム「${versionName}」を公開いたしました。`
              : `${name}のプログラム「${versionName}」を公開いたしました。前回お送りした「${sinceName}」からの変更点は次のとおりです（時刻は${zone}の現地時間）。`,
          ),
          ...(sinceName !== null
            ? said.length > 0
              ? [lines(said)]
              : [paragraph('セッションの変更はありません。')]
            : []),
          paragraph('最新のカレンダーファイルを添付いたします。'),
          paragraph(SIGNATURE.ja),
        ]
      : [
          paragraph(`${to.toName},`),
          paragraph(
            sinceName === null
              ? `Le programme des ${name} est publié : « ${versionName} ».`
              : `Le programme des ${name} est publié : « ${versionName} ». Depuis « ${sinceName} », la version que nous vous avons envoyée, il a changé ainsi (heures de ${zone}) :`,
          ),
          ...(sinceName !== null
            ? said.length > 0
              ? [lines(said)]
              : [paragraph('Aucune séance n’a changé.')]
            : []),
          paragraph('Le calendrier mis à jour est joint à ce message.'),
          paragraph(`Avec nos salutations distinguées,\n${SIGNATURE.fr}`),
        ]
  const subject =
    lang === 'ja' ? `${name} プログラム更新のお知らせ` : `${name} : le programme a changé`
  return messageTo(to, subject, blocks, [{ kind: 'calendar' }])
}
