import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  acceptProposal,
  addSuggestion,
  commentProposal,
  computeWarnings,
  convertSuggestionToProposal,
  createMeeting,
  createProposal,
  EditionError,
  mergeProposal,
  readEdition,
  reviewProposal,
  toggleProposalSupport,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition } from './fixtures'

const proposalsOf = (doc: Y.Doc) => readEdition(doc).value.proposals

function expectRefusedUnchanged(doc: Y.Doc, edit: () => unknown): EditionError {
  const before = Y.encodeStateAsUpdate(doc)
  let caught: unknown
  try {
    edit()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(EditionError)
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  return caught as EditionError
}

describe('workshop proposals', () => {
  it('are submitted in one language, then translated, reviewed and accepted into a session', () => {
    const { doc, theme, small } = smallEdition(1)
    const id = createProposal(
      doc,
      {
        title: { fr: 'Jeunes ambassadeurs' },
        description: { fr: 'Des lycéens de Tours et de Shizuoka.' },
        themeId: theme,
        collectiviteNames: ['Ville de Tours', '静岡市'],
      },
      ME,
    )
    expect(proposalsOf(doc)[0]).toMatchObject({
      status: 'submitted',
      title: { fr: 'Jeunes ambassadeurs', ja: '', en: '' },
    })
    // One language only: the untranslated title shows among the warnings.
    expect(
      computeWarnings(readEdition(doc).value).some(
        (w) => w.code === 'missing_translation' && w.target.collection === 'proposals',
      ),
    ).toBe(true)
    reviewProposal(doc, id, 'under_review', ME)
    const sessionId = acceptProposal(
      doc,
      id,
      { day: '2024-11-21', start: '14:00', durationMinutes: 90, roomIds: [small] },
      ME,
    )
    const edition = readEdition(doc).value
    expect(edition.proposals[0]).toMatchObject({ status: 'accepted', sessionId })
    expect(edition.sessions.find((s) => s.id === sessionId)).toMatchObject({
      kind: 'workshop',
      themeId: theme,
      title: { fr: 'Jeunes ambassadeurs' },
    })
    // Accepted once: a second acceptance or a review is refused, changing nothing.
    expectRefusedUnchanged(doc, () =>
      acceptProposal(doc, id, { day: '2024-11-21', start: '16:00', durationMinutes: 60 }, ME),
    )
    expectRefusedUnchanged(doc, () => reviewProposal(doc, id, 'declined', ME))
  })

  it('need a title and a co-proposer, and a workshop theme if any', () => {
    const { doc } = smallEdition(1)
    const paths = (edit: () => unknown) =>
      expectRefusedUnchanged(doc, edit).issues.map((issue) => issue.path)
    expect(
      paths(() => createProposal(doc, { title: {}, collectiviteNames: ['Tours'] }, ME)),
    ).toEqual(['title'])
    expect(
      paths(() => createProposal(doc, { title: { ja: '提案' }, collectiviteNames: [] }, ME)),
    ).toEqual(['collectiviteNames'])
    expect(
      paths(() =>
        createProposal(
          doc,
          { title: { ja: '提案' }, collectiviteNames: ['A'], themeId: 'nope' },
          ME,
        ),
      ),
    ).toEqual(['themeId'])
  })

  it('merge into another, whose co-proposers they join; gather support and comments', () => {
    const { doc } = smallEdition(1)
    const a = createProposal(doc, { title: { fr: 'A' }, collectiviteNames: ['Tours'] }, ME)
    const b = createProposal(
      doc,
      { title: { fr: 'B' }, collectiviteNames: ['静岡市', 'Tours'] },
      ME,
    )
    mergeProposal(doc, b, a, ME)
    const byId = new Map(proposalsOf(doc).map((p) => [p.id, p]))
    expect(byId.get(b)).toMatchObject({ status: 'merged', mergedIntoId: a })
    expect(byId.get(a)?.collectiviteNames).toEqual(['Tours', '静岡市'])
    expectRefusedUnchanged(doc, () => mergeProposal(doc, a, a, ME))

    const other = replicaOf(doc, 2)
    toggleProposalSupport(doc, a, 'aiko', ME)
    toggleProposalSupport(other, a, 'claire', ME)
    commentProposal(
      other,
      { proposalId: a, authorId: 'claire', authorName: 'Claire', text: 'Oui !' },
      ME,
    )
    exchange(doc, other)
    const edition = expectConverged(doc, other)
    expect(edition.proposals.find((p) => p.id === a)?.supporterIds.sort()).toEqual([
      'aiko',
      'claire',
    ])
    expect(edition.proposalComments.map((c) => c.text)).toEqual(['Oui !'])
  })

  it('come from a suggestion, linked both ways', () => {
    const { doc, theme } = smallEdition(1)
    const meeting = createMeeting(
      doc,
      { date: '2024-05-14', place: { fr: 'Tokyo', ja: '東京' }, intakeOpen: true },
      ME,
    )
    const suggestion = addSuggestion(
      doc,
      { meetingId: meeting, text: 'Un atelier sur les jeunes', target: 'workshop', themeId: theme },
      'server',
    )
    const proposal = convertSuggestionToProposal(
      doc,
      suggestion,
      { title: { fr: 'Un atelier sur les jeunes' }, themeId: theme, collectiviteNames: ['Tours'] },
      ME,
    )
    const edition = readEdition(doc).value
    expect(edition.suggestions[0]).toMatchObject({ status: 'converted', proposalId: proposal })
    expect(edition.proposals[0]).toMatchObject({ suggestionId: suggestion, themeId: theme })
  })
})

describe('the translations a proposal needs', () => {
  it('are asked for while it is open, not once it is merged or declined', () => {
    const { doc } = smallEdition(1)
    const id = createProposal(
      doc,
      { title: { fr: 'Seulement en français' }, collectiviteNames: ['Tours'] },
      ME,
    )
    const asked = () =>
      computeWarnings(readEdition(doc).value).filter(
        (w) => w.code === 'missing_translation' && w.target.collection === 'proposals',
      ).length
    expect(asked()).toBe(1)
    reviewProposal(doc, id, 'declined', ME)
    expect(asked()).toBe(0)
  })
})
