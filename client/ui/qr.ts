import { encode } from 'uqr'

/** The quiet zone around the code, in modules: the four that scanners expect. */
const QUIET_ZONE = 4

/**
 * `text` as a QR code in an SVG document: one path of dark runs, drawn with
 * crisp edges so that no seam shows between modules at any size. Medium
 * error correction survives a phone held at an angle to a projected screen.
 */
export function qrSvg(text: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE })
  let path = ''
  data.forEach((row, y) => {
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < size && row[x]) x++
      path += `M${start} ${y}h${x - start}v1h${start - x}z`
    }
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  )
}

/** The same code as a `data:` URL, for an `<img>` (the page's policy allows `data:` images). */
export const qrDataUrl = (text: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text))}`
