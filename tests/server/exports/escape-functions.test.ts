/**
 * The exports' escaping at the level of its functions: the HTML page's
 * entities, the XML files' text (frab XML, Word) and the CSV cells. The
 * files themselves are checked end to end in escaping.test.ts; these run in
 * the test's own thread, where the renderer's worker thread is not, so that
 * a mutation run sees each function's own tests.
 */
import { describe, expect, it } from 'vitest'
import { csvWithBom } from '../../../server/exports/csv'
import { escapeHtml } from '../../../server/exports/html'
import { xmlText } from '../../../server/exports/xml-text'

describe('escapeHtml', () => {
  it('writes each of & < > " and \' as its entity, and leaves every other character', () => {
    expect(escapeHtml('&')).toBe('&amp;')
    expect(escapeHtml('<')).toBe('&lt;')
    expect(escapeHtml('>')).toBe('&gt;')
    expect(escapeHtml('"')).toBe('&quot;')
    expect(escapeHtml("'")).toBe('&#39;')
    expect(escapeHtml('<b title="x">Tours & Kumamoto</b> l\'atelier')).toBe(
      '&lt;b title=&quot;x&quot;&gt;Tours &amp; Kumamoto&lt;/b&gt; l&#39;atelier',
    )
    expect(escapeHtml('静岡 2024 — atelier n°3')).toBe('静岡 2024 — atelier n°3')
  })
})

describe('xmlText', () => {
  it('ends every line with \\n, whether it ended in CRLF or CR', () => {
    expect(xmlText('un\r\ndeux\rtrois\nquatre')).toBe('un\ndeux\ntrois\nquatre')
  })

  it('replaces what XML 1.0 cannot hold by U+FFFD, and keeps tabs, newlines, Japanese and emoji', () => {
    for (const refused of ['\u0000', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF']) {
      expect(xmlText(`a${refused}b`)).toBe('a\uFFFDb')
    }
    // A lone surrogate, high or low, is no character at all.
    expect(xmlText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc')
    expect(xmlText('\tセッション 🎌\n')).toBe('\tセッション 🎌\n')
    expect(xmlText(' ~\u00A0\uD7FF\uE000\uFFFD')).toBe(' ~\u00A0\uD7FF\uE000\uFFFD')
  })
})

describe('csvWithBom', () => {
  it('opens with the byte-order mark and ends every line with CRLF', () => {
    expect(csvWithBom([['a', 'b'], ['c']])).toBe('\uFEFFa,b\r\nc\r\n')
  })

  it('quotes a field holding a comma, a quote or a line break, its quotes doubled', () => {
    expect(csvWithBom([['Tours, Indre-et-Loire', 'dit "bonjour"', 'un\ndeux', 'un\rdeux']])).toBe(
      '\uFEFF"Tours, Indre-et-Loire","dit ""bonjour""","un\ndeux","un\rdeux"\r\n',
    )
  })

  it('keeps a field a spreadsheet would run as a formula as text, with a leading quote', () => {
    const prefixes = ['=', '+', '-', '@', '\t', '\r']
    const cells = prefixes.map((prefix) => `${prefix}1+1`)
    expect(csvWithBom([cells])).toBe("\uFEFF'=1+1,'+1+1,'-1+1,'@1+1,'\t1+1,\"'\r1+1\"\r\n")
    // Only at the start: a formula sign inside a field is plain text.
    expect(csvWithBom([['1+1=2', 'a@b.example']])).toBe('\uFEFF1+1=2,a@b.example\r\n')
  })
})
