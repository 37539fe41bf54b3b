/**
 * The values of a letter's fields, from the live edition and the inputs the
 * server gathers (letter-inputs.ts), in the letter's language: French as a
 * French administrative letter writes them, Japanese as a Japanese official
 * letter does. A fact Kaigi does not have is left out, never made up.
 */
import type { ContactLanguage } from '../directory'
import type { EditionSnapshot, LocalizedText, Meeting } from '../doc/edition/schema'
import { instantToZoned } from '../doc/edition/time'
import { type LetterFacts, LetterField } from './letter-fields'
import type { LetterInputs, PreviousEdition } from './letter-inputs'

type Language = ContactLanguage

const FR_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]
const FR_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土']

const parts = (day: string) => {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  return { year, month, date, weekday: new Date(Date.UTC(year, month - 1, date)).getUTCDay() }
}

/** « 1er » for the first of a month, as French dates write it. */
const frDate = (date: number) => (date === 1 ? '1er' : String(date))

/** « 18 novembre 2024 », 「2024年11月18日」 */
export function letterDay(day: string, lang: Language): string {
  const { year, month, date } = parts(day)
  return lang === 'ja'
    ? `${year}年${month}月${date}日`
    : `${frDate(date)} ${FR_MONTHS[month - 1]} ${year}`
}

/** « lundi 18 septembre 2023 », 「2023年9月18日（月）」 */
function letterDayWithWeekday(day: string, lang: Language): string {
  const { weekday } = parts(day)
  return lang === 'ja'
    ? `${letterDay(day, lang)}（${JA_WEEKDAYS[weekday]}）`
    : `${FR_WEEKDAYS[weekday]} ${letterDay(day, lang)}`
}

/** « du 18 au 21 novembre 2024 », 「2024年11月18日～21日」; one day alone, « le 18 novembre 2024 ». */
export function letterDays(start: string, end: string | null, lang: Language): string {
  if (end === null || end === start) {
    return lang === 'ja' ? letterDay(start, lang) : `le ${letterDay(start, lang)}`
  }
  const from = parts(start)
  const to = parts(end)
  if (lang === 'ja') {
    if (from.year !== to.year) return `${letterDay(start, lang)}～${letterDay(end, lang)}`
    if (from.month !== to.month) return `${letterDay(start, lang)}～${to.month}月${to.date}日`
    return `${letterDay(start, lang)}～${to.date}日`
  }
  if (from.year !== to.year) return `du ${letterDay(start, lang)} au ${letterDay(end, lang)}`
  if (from.month !== to.month) {
    return `du ${frDate(from.date)} ${FR_MONTHS[from.month - 1]} au ${letterDay(end, lang)}`
  }
  return `du ${frDate(from.date)} au ${letterDay(end, lang)}`
}

/** « 16 h 30 », 「16時30分」 */
function letterTime(time: string, lang: Language): string {
  const [hours = '0', minutes = '00'] = time.split(':')
  const h = Number(hours)
  if (lang === 'ja') return minutes === '00' ? `${h}時` : `${h}時${minutes}分`
  return minutes === '00' ? `${h} h` : `${h} h ${minutes}`
}

/** « 8e », « 1re », 「第8回」 */
export function letterOrdinal(number: number, lang: Language): string {
  if (lang === 'ja') return `第${number}回`
  return number === 1 ? '1re' : `${number}e`
}

const textIn = (text: LocalizedText | null | undefined, lang: Language): string | undefined =>
  text?.[lang].trim() || undefined

/** The Rencontres' history: the same facts in every letter, from Nancy 2008 to this edition. */
function history(number: number, lang: Language): string {
  if (lang === 'ja') {
    return (
      '日仏自治体交流会議は、日仏外交関係樹立150周年を記念して2008年10月にナンシー市で始まり、' +
      'フランス欧州・外務省と日本の総務省の後援のもと、フランス自治体国際交流協会（CUF）と' +
      `自治体国際化協会（CLAIR）パリ事務所が共催しています。今回で${letterOrdinal(number, lang)}を迎えます。`
    )
  }
  return (
    'Initiées à Nancy en octobre 2008 à l’occasion du 150e anniversaire des relations ' +
    'diplomatiques entre la France et le Japon, les Rencontres franco-japonaises de la ' +
    'coopération décentralisée se tiennent sous l’égide du ministère de l’Europe et des ' +
    'Affaires étrangères et du ministère japonais des Affaires intérieures et des ' +
    'Communications, et sont co-organisées par Cités Unies France et le bureau de Paris ' +
    `du CLAIR. Elles en sont à leur ${letterOrdinal(number, lang)} édition.`
  )
}

function previousFacts(previous: PreviousEdition | null, lang: Language): LetterFacts {
  if (previous === null) return {}
  const facts: LetterFacts = {
    [LetterField.PreviousOrdinal]: letterOrdinal(previous.number, lang),
    [LetterField.PreviousCity]: textIn(previous.hostCity, lang),
    [LetterField.PreviousTheme]: textIn(previous.globalTheme, lang),
  }
  if (previous.startDate) {
    facts[LetterField.PreviousDates] = letterDays(previous.startDate, previous.endDate, lang)
  }
  const { FR, JP } = previous.participation.collectivites
  if (FR !== null) facts[LetterField.PreviousFrench] = String(FR)
  if (JP !== null) facts[LetterField.PreviousJapanese] = String(JP)
  const city = facts[LetterField.PreviousCity]
  const dates = facts[LetterField.PreviousDates]
  const theme = facts[LetterField.PreviousTheme]
  // The sentence only once every fact of it is on record.
  if (city && dates && theme && FR !== null && JP !== null) {
    const ordinal = letterOrdinal(previous.number, lang)
    facts[LetterField.PreviousEdition] =
      lang === 'ja'
        ? `${dates}に${city}で開催された${ordinal}会議には、日本から${JP}、フランスから${FR}の自治体が参加し、` +
          `「${theme}」をテーマに議論が行われました。`
        : `La ${ordinal} édition, tenue à ${city} ${dates}, a réuni ${JP} collectivités ` +
          `japonaises et ${FR} collectivités françaises autour du thème « ${theme} ».`
  }
  return facts
}

/** The edition's first meeting: the earliest by date and hour. */
export function firstMeeting(edition: EditionSnapshot): Meeting | null {
  const sorted = [...edition.meetings].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
  )
  return sorted[0] ?? null
}

function meetingFacts(meeting: Meeting | null, lang: Language): LetterFacts {
  if (meeting === null) return {}
  const facts: LetterFacts = {
    [LetterField.MeetingDate]: letterDayWithWeekday(meeting.date, lang),
    [LetterField.MeetingPlace]: textIn(meeting.place, lang),
    [LetterField.MeetingEvent]: textIn(meeting.event, lang),
  }
  if (meeting.start && meeting.end) {
    const from = letterTime(meeting.start, lang)
    const to = letterTime(meeting.end, lang)
    facts[LetterField.MeetingHours] = lang === 'ja' ? `${from}～${to}` : `de ${from} à ${to}`
  }
  const date = facts[LetterField.MeetingDate]
  const hours = facts[LetterField.MeetingHours]
  const place = facts[LetterField.MeetingPlace]
  const event = facts[LetterField.MeetingEvent]
  if (hours && place) {
    facts[LetterField.FirstMeeting] =
      lang === 'ja'
        ? `${date}${hours}、${place}にて${event ? `（${event}の一環として）` : ''}`
        : `le ${date}, ${hours}, à ${place}${event ? `, dans le cadre de l’événement « ${event} »` : ''}`
  }
  return facts
}

function signatories(edition: EditionSnapshot, lang: Language): string | undefined {
  const people = edition.meta.signatoryIds.map((id) => edition.persons.find((p) => p.id === id))
  if (people.length === 0) return undefined
  const blocks: string[] = []
  for (const person of people) {
    const name = textIn(person?.name, lang)
    const role = textIn(person?.role, lang)
    // A signature without its name or function is no signature: the field is missing.
    if (!name || !role) return undefined
    blocks.push(lang === 'ja' ? `${role}　${name}` : `${name}\n${role}`)
  }
  return blocks.join('\n\n')
}

const ATTACHMENTS: Record<Language, string> = {
  fr:
    'PJ :\n– Ordre du jour prévisionnel\n– Bulletin de participation\n' +
    '– Proposition du programme et des thèmes',
  ja: '添付資料：\n１．会議次第（案）\n２．参加申込書\n３．プログラム及びテーマ（案）',
}

function recipientFacts(inputs: LetterInputs, lang: Language): LetterFacts {
  const recipient = inputs.recipient
  if (recipient === null) return {}
  const collectivite = textIn(recipient.name, lang) ?? textIn(recipient.name, 'fr')
  const contact = recipient.contact
  const lines: string[] = []
  if (lang === 'ja') {
    if (recipient.address) lines.push(recipient.address)
    if (contact) {
      if (collectivite) lines.push(collectivite)
      lines.push(`${contact.function ? `${contact.function}　` : ''}${contact.name}　様`)
    } else if (collectivite) lines.push(`${collectivite}　御中`)
  } else {
    if (contact)
      lines.push(contact.function ? `${contact.name}, ${contact.function}` : contact.name)
    if (collectivite) lines.push(collectivite)
    if (recipient.address) lines.push(recipient.address)
  }
  return {
    [LetterField.Collectivite]: collectivite,
    [LetterField.Recipient]: lines.join('\n'),
    [LetterField.Salutation]:
      lang === 'ja'
        ? contact
          ? `${contact.name}　様`
          : `${collectivite ?? ''}　御中`
        : 'Madame, Monsieur,',
    [LetterField.FormLink]: inputs.formUrl ?? undefined,
  }
}

/** Every field's value in `lang`, from the live `edition` and the server's `inputs`. */
export function letterFacts(
  edition: EditionSnapshot,
  inputs: LetterInputs,
  lang: Language,
): LetterFacts {
  const { meta } = edition
  const theme = edition.themes.find((each) => each.id === meta.globalThemeId)
  const facts: LetterFacts = {
    [LetterField.EditionNumber]: String(meta.number),
    [LetterField.Ordinal]: letterOrdinal(meta.number, lang),
    [LetterField.HostCity]: textIn(meta.hostCity, lang),
    [LetterField.Theme]: textIn(theme?.title, lang),
    [LetterField.History]: history(meta.number, lang),
    [LetterField.FormReturn]: textIn(meta.formReturn, lang),
    [LetterField.Signatories]: signatories(edition, lang),
    [LetterField.Attachments]: ATTACHMENTS[lang],
    ...previousFacts(inputs.previous, lang),
    ...meetingFacts(firstMeeting(edition), lang),
    ...recipientFacts(inputs, lang),
  }
  if (meta.startDate) facts[LetterField.Dates] = letterDays(meta.startDate, meta.endDate, lang)
  if (inputs.deadline) {
    const day = instantToZoned(new Date(inputs.deadline), meta.timeZone).day
    facts[LetterField.Deadline] = letterDay(day, lang)
  }
  const place = textIn(meta.letterPlace, lang)
  if (meta.letterDate && (place || lang === 'ja')) {
    facts[LetterField.PlaceDate] =
      lang === 'ja'
        ? letterDay(meta.letterDate, lang)
        : `${place}, le ${letterDay(meta.letterDate, lang)}`
  }
  for (const [field, value] of Object.entries(facts)) {
    if (value === undefined) delete facts[field as keyof LetterFacts]
  }
  return facts
}
