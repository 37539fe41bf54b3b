import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

/** axe-core's browser script, read once: evaluated in the page, so the app's CSP does not apply. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** One rule that failed, with where: enough to find and mend it. */
export interface AxeFinding {
  rule: string
  impact: string
  help: string
  targets: string[]
}

/**
 * The serious and critical accessibility problems axe-core finds in `page`
 * as it is now (WCAG 2.1 A and AA rules), or in the part under `selector`.
 */
export async function seriousAxeFindings(page: Page, selector?: string): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (include) => {
    type Result = {
      violations: Array<{
        id: string
        impact: string | null
        help: string
        nodes: Array<{ target: string[] }>
      }>
    }
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<Result> } }).axe
    const result = await axe.run(include ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }))
  }, selector ?? null)
}
