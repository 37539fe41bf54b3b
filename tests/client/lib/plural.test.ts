import { describe, expect, it } from 'vitest'
import { outboxMessages } from '../../../client/features/outbox/outbox-messages'
import { counted, frenchOrdinal, plural } from '../../../client/lib/i18n/plural'

describe('plurals by the languages’ own rules', () => {
  it('takes the singular for 0 and 1 in French, for 1 alone in English', () => {
    expect([0, 1, 2].map((n) => counted('fr', n, 'séance', 'séances'))).toEqual([
      '0 séance',
      '1 séance',
      '2 séances',
    ])
    expect([0, 1, 2].map((n) => counted('en', n, 'session', 'sessions'))).toEqual([
      '0 sessions',
      '1 session',
      '2 sessions',
    ])
    expect(plural('fr', 1.5, 'heure', 'heures')).toBe('heure')
  })

  it('writes French ordinals as the editions are numbered', () => {
    expect([1, 2, 11, 21].map(frenchOrdinal)).toEqual(['1re', '2e', '11e', '21e'])
  })

  it('words a catalogue’s counts in each language', () => {
    expect(outboxMessages.fr.recipients(1, 0)).toContain('1 destinataire :')
    expect(outboxMessages.fr.recipients(2, 1)).toContain('3 destinataires :')
    expect(outboxMessages.en.recipients(0, 0)).toContain('0 recipients:')
    expect(outboxMessages.en.recipients(1, 0)).toContain('1 recipient:')
  })
})
