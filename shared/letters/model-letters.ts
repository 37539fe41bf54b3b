/**
 * The model letters a committee starts its template from: the invitation
 * letters of the 6th to 8th Rencontres, with their facts replaced by the
 * fields Kaigi fills. The French follows a French administrative letter
 * (address block, place and date, Objet, « Madame, Monsieur, », PJ); the
 * Japanese a Japanese official letter (date and addressee with 様 at the
 * top, 拝啓 … 敬具, 記 … 以上). Each committee rewrites its own.
 */
import type { ContactLanguage } from '../directory'

export const MODEL_LETTERS: Readonly<Record<ContactLanguage, string>> = {
  fr: `{recipient}

{place_date}

Objet : {ordinal} Rencontres franco-japonaises de la coopération décentralisée, {host_city}, {dates}

{salutation}

{history}

{previous_edition}

Les {ordinal} Rencontres se tiendront à {host_city} {dates}. Afin de les préparer, nous avons le plaisir de vous inviter à la première réunion du comité de pilotage français élargi, qui aura lieu {first_meeting}. Cette réunion aura pour objet de présenter la ville hôte et le programme prévisionnel, et de recueillir les suggestions des collectivités sur les thèmes et les ateliers.

Les collectivités qui souhaitent participer sont invitées à retourner le bulletin de participation ci-joint avant le {deadline} à {form_return}, ou à le remplir en ligne : {form_link}

Nous vous prions d’agréer, Madame, Monsieur, l’expression de notre haute considération.

{signatories}

{attachments}
`,
  ja: `{place_date}

{recipient}

{signatories}

{ordinal}日仏自治体交流会議の開催について（ご案内）

拝啓　時下ますますご清栄のこととお慶び申し上げます。

{history}

{previous_edition}

さて、{ordinal}日仏自治体交流会議は、{dates}に{host_city}で開催されます。開催に向けて、下記のとおり運営委員会の第1回会合を開催し、開催都市及び暫定プログラムをご紹介するとともに、テーマ及び分科会について各自治体からのご提案を伺います。

参加を希望される自治体は、同封の参加申込書を{deadline}までに{form_return}へご返送いただくか、次のリンクからお申し込みください。
{form_link}

ご多忙のところ誠に恐縮ですが、ご参加を賜りますようお願い申し上げます。

敬具

記

第1回会合：{first_meeting}

{attachments}

以上
`,
}
