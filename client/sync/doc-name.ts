import { isValidDocName } from '../../shared/protocol'

/** The document a plain visit opens. */
export const DEFAULT_DOC_NAME = 'demo'

export interface DocNameResult {
  docName: string
  valid: boolean
}

const DOC_PATH = /^\/doc\/([^/]+)\/?$/

/**
 * The document named by the page's address: `?doc=<name>`, else
 * `/doc/<name>`, else the demo document.
 */
export function docNameFromUrl(url: URL): DocNameResult {
  const fromPath = DOC_PATH.exec(url.pathname)?.[1]
  let docName = url.searchParams.get('doc') || fromPath || DEFAULT_DOC_NAME
  try {
    if (docName === fromPath) docName = decodeURIComponent(docName)
  } catch {
    // A malformed escape stays as it is, and fails the check below.
  }
  return { docName, valid: isValidDocName(docName) }
}

/** The address that opens `docName`, to share. */
export function docUrl(origin: string, docName: string): string {
  return `${origin}/?doc=${encodeURIComponent(docName)}`
}
