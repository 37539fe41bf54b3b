import { describe, expect, it } from 'vitest'
import { createCollectivite, readEdition, updateCollectivite } from '../../../../shared/doc/edition'
import { ME, smallEdition } from './fixtures'

describe("a collectivité's link to its directory entry", () => {
  it('is set and undone by a patch, and kept by a patch of its other fields', () => {
    const { doc } = smallEdition()
    const id = createCollectivite(
      doc,
      { name: { fr: 'Ville de Tours', ja: 'トゥール市' }, country: 'FR', kind: 'commune' },
      ME,
    )
    const linkOf = () =>
      readEdition(doc).value.collectivites.find((each) => each.id === id)?.directoryId
    updateCollectivite(doc, id, { directoryId: 'dir-tours' }, ME)
    expect(linkOf()).toBe('dir-tours')
    updateCollectivite(doc, id, { name: { fr: 'Tours' }, kind: 'commune' }, ME)
    expect(linkOf()).toBe('dir-tours')
    updateCollectivite(doc, id, { directoryId: null }, ME)
    expect(linkOf()).toBeNull()
  })
})
