// @ts-check
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin'

/**
 * Writes each mutant's result as one JSON line the moment it is known
 * (`reports/mutation/live.jsonl`). Stryker's own reports appear only when a
 * run ends; a run stopped halfway (a session's end, a machine taken back)
 * would otherwise leave nothing of the hours it spent.
 */
const FILE = 'reports/mutation/live.jsonl'

class LiveReporter {
  constructor() {
    mkdirSync(dirname(FILE), { recursive: true })
    writeFileSync(FILE, '')
  }

  /** @param {Readonly<import('@stryker-mutator/api/core').MutantResult>} result */
  onMutantTested(result) {
    const line = {
      file: result.fileName,
      line: result.location.start.line,
      mutator: result.mutatorName,
      replacement: result.replacement,
      status: result.status,
    }
    appendFileSync(FILE, `${JSON.stringify(line)}\n`)
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'live', LiveReporter)]
