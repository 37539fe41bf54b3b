import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildClient } from '../scripts/client-build'
import { launchChromium } from '../tests/helpers/browser'
import { fillLargeEdition, LARGE_EDITION_DAYS } from '../tests/helpers/large-edition'
import { startServer } from '../tests/helpers/start-server'
import { median } from './stats'

/**
 * The programme grid with a large edition: the demo edition grown to
 * `sessions` sessions over its four days, plenaries across all rooms among
 * them (each drawn as one block over every column), opened in Chromium
 * against the real server. Measures how long the grid takes to show a day (switching tabs,
 * from the click to the frame after the sessions are in the page), the first
 * render after opening the edition (load and sync included), and what one
 * drag of a session sends over the socket.
 */
export interface GridOptions {
  sessions: number
  /** Tab switches measured per day. */
  switchesPerDay: number
}

export interface GridResult {
  sessions: number
  firstRenderMs: number
  daySwitchMs: number[]
  drag: { updateFrames: number; updateBytes: number[]; otherFrames: number }
}

const EDITION_ID = 'large-programme'

export async function runGridBench(options: GridOptions): Promise<GridResult> {
  const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-grid-'))
  const clientDir = join(folder, 'client')
  await buildClient(clientDir)
  const server = await startServer({
    clientDir,
    seeds: [
      { id: EDITION_ID, readOnly: false, fill: (doc) => fillLargeEdition(doc, options.sessions) },
    ],
  })
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ locale: 'fr-FR' })
    // Signed in as the instance's owner, as the test server's helper did.
    const [name, value] = server.ownerCookie.split('=') as [string, string]
    await context.addCookies([{ name, value, url: server.url }])
    const page = await context.newPage()
    const sent: Buffer[] = []
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        if (typeof frame.payload !== 'string') sent.push(frame.payload)
      }),
    )
    const sessionBlocks = page.locator('[data-testid=session]')
    const opened = Date.now()
    await page.goto(`${server.url}/editions/${EDITION_ID}`)
    await sessionBlocks.first().waitFor({ timeout: 60_000 })
    const firstRenderMs = Date.now() - opened
    // A grid that drew only the one-room sessions would be faster and wrong.
    await page.locator('[data-testid=session][data-room-ids="*"]').first().waitFor()

    const daySwitchMs: number[] = []
    for (let round = 0; round < options.switchesPerDay; round++) {
      for (const day of LARGE_EDITION_DAYS) {
        daySwitchMs.push(
          await page.evaluate(async (target) => {
            const tab = document.querySelector<HTMLElement>(
              `[data-testid=day-tab][data-day="${target}"]`,
            )
            if (!tab || tab.getAttribute('aria-selected') === 'true') return Number.NaN
            const before = document.querySelector('[data-testid=programme]')?.innerHTML
            const start = performance.now()
            tab.click()
            // Solid renders synchronously on the click; wait for the frame that shows it.
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
            const elapsed = performance.now() - start
            const after = document.querySelector('[data-testid=programme]')?.innerHTML
            if (after === before) throw new Error(`day ${target} did not render`)
            if (!document.querySelector('[data-testid=session][data-room-ids="*"]')) {
              throw new Error(`day ${target} drew no session across all rooms`)
            }
            return elapsed
          }, day),
        )
      }
    }

    // One drag of a session by a few grid steps, as a person would do it.
    const block = sessionBlocks.nth(5)
    await block.scrollIntoViewIfNeeded()
    const box = await block.boundingBox()
    if (!box) throw new Error('no session to drag')
    await page.waitForTimeout(500)
    const before = sent.length
    await page.mouse.move(box.x + box.width / 2, box.y + 6)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2, box.y + 30, { steps: 5 })
    await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 5 })
    await page.mouse.up()
    await page.waitForTimeout(1000)
    const dragFrames = sent.slice(before)
    // y-websocket framing: [0 = sync, 2 = update, ...]; anything else is presence.
    const updates = dragFrames.filter((frame) => frame[0] === 0 && frame[1] === 2)
    return {
      sessions: options.sessions,
      firstRenderMs,
      daySwitchMs: daySwitchMs.filter((value) => !Number.isNaN(value)),
      drag: {
        updateFrames: updates.length,
        updateBytes: updates.map((frame) => frame.byteLength),
        otherFrames: dragFrames.length - updates.length,
      },
    }
  } finally {
    await browser.close()
    await server.close()
    server.cleanup()
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The median time to show a day of the grid. */
export const medianDaySwitch = (result: GridResult): number => median(result.daySwitchMs)
