/**
 * The long form of the divergence property test (issue 14): mutated Yjs
 * updates, among concurrent members' edits, sent to a real server on a real
 * database, after which every replica of each document must be equal.
 *
 *   npm run fuzz:divergence -- [--mutations=20000] [--seed=N] [--direct]
 *
 * `--direct` also runs the validator and Yjs alone (no server), which checks
 * after every accepted mutation rather than after each round.
 */
import { type FuzzReport, fuzzDirect } from '../tests/helpers/divergence-fuzz'
import { fuzzServer } from '../tests/helpers/server-divergence-fuzz'
import { startServer } from '../tests/helpers/start-server'

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

const mutations = Number(arg('mutations') ?? 20_000)
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31)

function print(label: string, report: FuzzReport, seconds: number): void {
  console.log(
    `${label}: seed ${report.seed}; ${report.tried} mutated updates tried, ${report.refused} refused as malformed, ` +
      `${report.missing} answered with a resync, ${report.accepted} accepted; ` +
      `${report.valid} valid updates sent, ${report.validRefused} of them refused; ` +
      `${report.resets} room resets; ${report.divergences} divergences (${seconds.toFixed(0)} s)`,
  )
  for (const failure of report.failures.slice(0, 5)) console.log(`  ${failure.slice(0, 2000)}`)
}

const progress = (report: FuzzReport) => {
  process.stderr.write(
    `\r${report.tried} / ${mutations} mutations, ${report.divergences} divergences`,
  )
}

let failed = false
const server = await startServer({ compactAfterUpdates: 25, messagesPerSecond: 100_000 })
try {
  const started = Date.now()
  const report = await fuzzServer(server, { seed, mutations, onRound: progress })
  process.stderr.write('\n')
  print('through the server', report, (Date.now() - started) / 1000)
  failed ||= report.divergences > 0 || report.validRefused > 0
} finally {
  await server.close()
  server.cleanup()
}
if (process.argv.includes('--direct')) {
  const started = Date.now()
  const report = fuzzDirect({ seed, mutations, onRound: progress })
  process.stderr.write('\n')
  print('validator and Yjs alone', report, (Date.now() - started) / 1000)
  failed ||= report.divergences > 0 || report.validRefused > 0 || report.resets > 0
}
process.exit(failed ? 1 : 0)
