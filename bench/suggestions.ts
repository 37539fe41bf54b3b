import { createMeeting, readEdition } from '../shared/doc/edition'
import { editionDocName } from '../shared/editions'
import type { ParticipantLink } from '../shared/meetings'
import { DIALECTS } from './dialects'
import { startServer } from './server-process'
import { sleep } from './stats'
import { SyncClient } from './sync-client'

/**
 * A meeting's suggestion intake under load: `participants` phones each post
 * one suggestion at a random moment within `windowMs` (all from this
 * process, one address, as a room's phones behind the venue's Wi-Fi), while
 * the wall (a sync client on the edition's document) is open. Per
 * suggestion: the POST's answer time, and the time until the wall's
 * document holds it. At the end every suggestion must be on the wall
 * exactly once.
 */

export interface SuggestionLoadOptions {
  participants: number
  windowMs: number
}

export interface SuggestionLoadResult {
  participants: number
  windowMs: number
  /** Per suggestion: POST sent → 201 received, ms. */
  answerMs: number[]
  /** Per suggestion: POST sent → on the wall, ms. */
  onWallMs: number[]
  /** Suggestions on the wall at the end, and how many texts appeared twice. */
  onWall: number
  duplicates: number
  refused: number
}

const EDITION = 'shizuoka-2024'

export async function runSuggestionLoad(
  options: SuggestionLoadOptions,
): Promise<SuggestionLoadResult> {
  const server = await startServer('kaigi')
  try {
    const base = `http://127.0.0.1:${server.port}`
    const cookie = await server.newCookie()
    const wall = new SyncClient(DIALECTS.kaigi, server.port, editionDocName(EDITION), { cookie })
    await wall.synced
    const meetingId = createMeeting(
      wall.doc,
      { date: '2024-05-14', place: { fr: 'Tokyo', ja: '東京' }, intakeOpen: true },
      'bench',
    )
    const link = await participantLink(base, meetingId, cookie ?? '')

    const sentAt = new Map<string, number>()
    const seenAt = new Map<string, number>()
    const counts = new Map<string, number>()
    const onWallChange = () => {
      const now = performance.now()
      counts.clear()
      for (const suggestion of readEdition(wall.doc).value.suggestions) {
        counts.set(suggestion.text, (counts.get(suggestion.text) ?? 0) + 1)
        if (!seenAt.has(suggestion.text)) seenAt.set(suggestion.text, now)
      }
    }
    // Read after each batch of updates, as the wall's page does per frame.
    let pending = false
    wall.doc.on('update', () => {
      if (pending) return
      pending = true
      setImmediate(() => {
        pending = false
        onWallChange()
      })
    })

    const answerMs: number[] = []
    let refused = 0
    await Promise.all(
      Array.from({ length: options.participants }, async (_, i) => {
        await sleep(Math.random() * options.windowMs)
        const text = `Suggestion ${i} : plus d’échanges de jeunes / 若者の交流を`
        const sent = performance.now()
        sentAt.set(text, sent)
        const response = await fetch(`${base}/api/public/meetings/${link}/suggestions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, target: 'programme', authorName: `Participant ${i}` }),
        })
        if (response.status === 201) answerMs.push(performance.now() - sent)
        else refused++
        await response.arrayBuffer()
      }),
    )
    const deadline = performance.now() + 30_000
    while (seenAt.size < sentAt.size - refused && performance.now() < deadline) await sleep(20)
    onWallChange()
    wall.close()
    const onWallMs: number[] = []
    for (const [text, sent] of sentAt) {
      const seen = seenAt.get(text)
      if (seen !== undefined) onWallMs.push(seen - sent)
    }
    return {
      participants: options.participants,
      windowMs: options.windowMs,
      answerMs,
      onWallMs,
      onWall: counts.size,
      duplicates: [...counts.values()].filter((n) => n > 1).length,
      refused,
    }
  } finally {
    await server.stop()
  }
}

async function participantLink(base: string, meetingId: string, cookie: string): Promise<string> {
  // The meeting reaches the server through the wall's sync: retry until it has it.
  for (let attempt = 0; attempt < 200; attempt++) {
    const response = await fetch(
      `${base}/api/editions/${EDITION}/meetings/${meetingId}/participant-link`,
      { method: 'POST', headers: { cookie } },
    )
    if (response.ok) return ((await response.json()) as ParticipantLink).path.slice('/m/'.length)
    await sleep(25)
  }
  throw new Error('the meeting never reached the server')
}
