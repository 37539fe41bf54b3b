// Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE, U+FFFF):
// a title holding one would make the frab XML or the Word file unreadable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** A text as an XML file can carry it: newlines as \n, U+FFFD for what XML refuses. */
export const xmlText = (value: string): string =>
  value.replace(/\r\n?/g, '\n').replace(NOT_XML, '\uFFFD')
