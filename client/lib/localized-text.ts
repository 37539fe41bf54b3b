/** A localized text in the interface's language, and in the other one to show beside it. */
export function pickText(
  text: { fr: string; ja: string; en?: string },
  locale: 'fr' | 'ja' | 'en',
): { main: string; mainLang: string; other: string; otherLang: 'fr' | 'ja'; missing: boolean } {
  const fr = text.fr.trim()
  const ja = text.ja.trim()
  const en = text.en?.trim() ?? ''
  const missing = !fr || !ja
  if (locale === 'ja') {
    return ja
      ? { main: ja, mainLang: 'ja', other: fr, otherLang: 'fr', missing }
      : { main: fr, mainLang: 'fr', other: '', otherLang: 'fr', missing }
  }
  const own = locale === 'en' ? en || fr : fr
  const mainLang = locale === 'en' && en ? 'en' : own ? 'fr' : 'ja'
  return own
    ? { main: own, mainLang, other: ja, otherLang: 'ja', missing }
    : { main: ja, mainLang: 'ja', other: '', otherLang: 'ja', missing }
}
