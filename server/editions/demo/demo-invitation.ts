/**
 * The demo edition's invitation, as the 8th Rencontres' letter of 11 July
 * 2023 gives it: the French committee's letter in French and the Japanese
 * committee's in Japanese (each written by its committee, not translated
 * from the other), with Kaigi's fields for every fact; the first meeting of
 * the enlarged French committee with its agenda; and with whom the form is
 * returned. The contact's e-mail address is invented.
 */

import type { LocalizedTextInput } from '../../../shared/doc/edition/schema'
import { localized as t } from './demo-text'

/** The French committee's letter, as a French administrative letter is written. */
const LETTER_FR = `{recipient}

{place_date}

Objet : {ordinal} Rencontres franco-japonaises de la coopération décentralisée, {host_city}, {dates}

{salutation}

{history}

{previous_edition}

Les {ordinal} Rencontres se tiendront à {host_city}, au Japon, {dates}. Le thème général proposé par le comité de pilotage est le suivant : «\u00a0{theme}\u00a0».

Afin de les préparer, j'ai le plaisir de vous inviter à la première réunion du comité de pilotage français élargi, qui aura lieu {first_meeting}. Cette réunion aura pour objet de vous présenter la ville hôte et le programme prévisionnel, et de recueillir vos suggestions sur les thèmes et les ateliers, à partir de la proposition jointe au présent courrier.

Les collectivités qui souhaitent participer aux Rencontres sont invitées à retourner le bulletin de participation ci-joint avant le {deadline} à {form_return}. Le bulletin peut aussi être rempli en ligne, à l'adresse suivante : {form_link}

Dans l'attente du plaisir de vous y accueillir, je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

{signatories}

{attachments}
`

/** The Japanese committee's letter, as a Japanese official letter is written (拝啓 … 敬具, 記 … 以上). */
const LETTER_JA = `{place_date}

{recipient}

{signatories}

{ordinal}日仏自治体交流会議の開催及びフランス側実行委員会（拡大会合）について（ご案内）

拝啓　盛夏の候、貴職におかれましてはますますご清祥のこととお慶び申し上げます。平素より日仏自治体間の交流の推進に格別のご理解とご協力を賜り、厚く御礼申し上げます。

{history}

{previous_edition}

さて、{ordinal}日仏自治体交流会議は、{dates}に{host_city}において、「{theme}」を全体テーマ（案）として開催されます。

つきましては、開催に向けた準備の一環として、下記のとおりフランス側実行委員会の第1回拡大会合を開催いたします。当日は、開催都市及び暫定プログラムをご紹介するとともに、同封の「プログラム及びテーマ（案）」をもとに、テーマ及び分科会について各自治体の皆様からご提案・ご意見を伺いたいと存じます。

参加を希望される自治体におかれましては、同封の参加申込書に必要事項をご記入のうえ、{deadline}までに{form_return}へご返送いただくか、次のリンクからお申し込みくださいますようお願いいたします。
{form_link}

ご多忙のところ誠に恐縮ですが、何卒ご参加を賜りますようお願い申し上げます。

敬具

記

１．日時・場所：{first_meeting}
２．内容：開催都市の紹介、暫定プログラムの説明、テーマ及び分科会に関するご提案・ご意見の聴取
３．参加申込期限：{deadline}

{attachments}

以上
`

/** The letter's templates, one per committee (French typography applied to the French). */
export const DEMO_LETTER: LocalizedTextInput = t(LETTER_FR, LETTER_JA)

export const DEMO_LETTER_PLACE = t('Paris', 'パリ', 'Paris')
export const DEMO_LETTER_DATE = '2023-07-11'

/** With whom the participation form is returned: Cités Unies France, in Paris. */
export const DEMO_FORM_RETURN = t(
  'Cités Unies France, pôle Asie, 9 rue Christiani, 75018 Paris (japon@cites-unies-france.example.org)',
  'フランス自治体国際交流協会（CUF）アジア担当（9 rue Christiani, 75018 Paris, France／japon@cites-unies-france.example.org）',
  'Cités Unies France, Asia desk, 9 rue Christiani, 75018 Paris (japon@cites-unies-france.example.org)',
)

/**
 * The first meeting of the enlarged French committee, the one the letter
 * invites to: within the Rencontres de l'action internationale des
 * collectivités territoriales, at the Cité des Sciences et de l'Industrie.
 * Its place is written as the letter's sentence reads it (« à la Cité… »).
 */
export const DEMO_FIRST_MEETING = {
  id: 'meeting-committee-1',
  date: '2023-09-18',
  start: '16:30',
  end: '18:00',
  timeZone: 'Europe/Paris',
  place: t(
    "la Cité des Sciences et de l'Industrie, Paris",
    'シテ科学産業博物館（パリ）',
    'the Cité des Sciences et de l’Industrie, Paris',
  ),
  event: t(
    "Rencontres de l'action internationale des collectivités territoriales",
    'フランス自治体国際活動会議',
    'Meetings on the international action of French local authorities',
  ),
  agenda: t(
    [
      'Accueil par la présidente du comité de pilotage français',
      'Présentation de la ville hôte, Shizuoka, et de la préfecture de Shizuoka',
      'Programme prévisionnel des 8es Rencontres',
      'Recueil des suggestions des collectivités sur les thèmes et les ateliers',
      'Calendrier de préparation et questions diverses',
    ].join('\n'),
    [
      '開会・フランス側実行委員会委員長挨拶',
      '開催都市（静岡市）及び静岡県の紹介',
      '第8回日仏自治体交流会議の暫定プログラムの説明',
      'テーマ及び分科会に関する各自治体からのご提案・ご意見の聴取',
      '今後のスケジュール・その他',
    ].join('\n'),
    [
      'Welcome by the president of the French steering committee',
      'The host city, Shizuoka, and Shizuoka Prefecture',
      'The provisional programme of the 8th Rencontres',
      'Suggestions of the local authorities on the themes and workshops',
      'Timetable and other business',
    ].join('\n'),
  ),
  intakeOpen: false,
} as const
