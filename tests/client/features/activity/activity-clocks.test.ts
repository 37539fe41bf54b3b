/**
 * The activity view reads its days and times on the edition's clocks, with
 * the viewer's beside them where they differ (the rule of shared/moments):
 * a change made at 21:37 in Paris on 1 December is on 2 December at 05:37
 * for a Shizuoka edition.
 */
import { describe, expect, it } from 'vitest'
import {
  byDay,
  dayHeading,
  type EntryClocks,
  entryTime,
} from '../../../../client/features/activity/format'
import { fr } from '../../../../client/lib/i18n/fr'
import { ja } from '../../../../client/lib/i18n/ja'
import type { ActivityEntry } from '../../../../shared/activity'

const entry = (id: string, firstAt: string, lastAt = firstAt): ActivityEntry => ({
  id,
  personId: 'p-claire',
  actorKind: 'member',
  actorName: 'Claire',
  committee: 'fr',
  section: 'sessions',
  entityId: 's-workshop-2',
  action: 'edited',
  fields: ['title.fr'],
  label: { fr: 'Atelier 2', ja: '第2分科会', en: '' },
  firstAt,
  lastAt,
  changes: 1,
})

const fromParis: EntryClocks = {
  editionZone: 'Asia/Tokyo',
  viewerZone: 'Europe/Paris',
  withViewer: (at, viewer) => `${at} (${viewer} à Paris)`,
}

describe('the activity on the edition’s clocks', () => {
  it('writes a time on the edition’s clocks with the viewer’s beside it', () => {
    const late = entry('e1', '2026-12-01T20:30:00.000Z', '2026-12-01T20:37:00.000Z')
    expect(entryTime(late, 'fr', fr, fromParis)).toBe('05:30 – 05:37 (21:30 – 21:37 à Paris)')
    expect(entryTime(late, 'ja', ja, { ...fromParis, withViewer: (at) => at })).toBe('5:30〜5:37')
    // A viewer in Tokyo reads the edition's time alone.
    expect(entryTime(late, 'fr', fr, { ...fromParis, viewerZone: 'Asia/Tokyo' })).toBe(
      '05:30 – 05:37',
    )
  })

  it('puts a change late in the evening in Paris on the next day in Tokyo', () => {
    const entries = [
      entry('late', '2026-12-01T20:37:00.000Z'),
      entry('afternoon', '2026-12-01T13:00:00.000Z'),
    ]
    expect(
      byDay(entries, 'Asia/Tokyo').map((day) => [day.day, day.entries.map((e) => e.id)]),
    ).toEqual([
      ['2026-12-02', ['late']],
      ['2026-12-01', ['afternoon']],
    ])
    expect(byDay(entries, 'Europe/Paris').map((day) => day.day)).toEqual(['2026-12-01'])
  })

  it('says today and yesterday by the edition’s day', () => {
    const now = new Date('2026-12-01T21:00:00.000Z')
    expect(dayHeading('2026-12-02', now, 'fr', fr, 'Asia/Tokyo')).toBe(fr.activity.today)
    expect(dayHeading('2026-12-01', now, 'fr', fr, 'Asia/Tokyo')).toBe(fr.activity.yesterday)
    expect(dayHeading('2026-12-01', now, 'fr', fr, 'Europe/Paris')).toBe(fr.activity.today)
  })
})
