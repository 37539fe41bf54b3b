/**
 * The words of the exported files come from the interface's own catalogue
 * (`client/i18n`), so that a session kind or a heading reads the same in the
 * app and on paper. These files hold plain data: the server can read them.
 */
import { en } from '../../client/i18n/en'
import { fr } from '../../client/i18n/fr'
import { ja } from '../../client/i18n/ja'
import type { Messages } from '../../client/i18n/messages'
import { Lang, type SessionKind } from '../../shared/doc/edition'
import { ExportLang } from '../../shared/exports'

const MESSAGES: Record<Lang, Messages> = { fr, ja, en }

/** The words inside an exported programme, in `lang`. */
export const fileWords = (lang: Lang) => MESSAGES[lang].programmeFile

/** A session kind's name in `lang`: "Atelier", 「分科会」. */
export const kindLabel = (kind: SessionKind, lang: Lang): string =>
  MESSAGES[lang].edition.kind[kind]

/** A time zone as its city: "Tokyo", 「東京」. */
export const zoneName = (timeZone: string, lang: Lang): string =>
  MESSAGES[lang].edition.zoneCity(timeZone)

/** The languages an export sets side by side for `?lang=`. */
export function exportLangs(lang: ExportLang): Lang[] {
  if (lang === ExportLang.French) return [Lang.French]
  if (lang === ExportLang.Japanese) return [Lang.Japanese]
  return [Lang.French, Lang.Japanese]
}
