// @ts-check
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin'

/**
 * Leaves the log lines out of mutation testing (`ignorers: ['log-lines']`):
 * a log line's words and fields are for whoever reads the server's log, not
 * behaviour a test could hold to, so mutants in them only dilute the score.
 * Stryker reports them as Ignored, with the reason below; a condition that
 * decides whether to log (`if (echoes > 0) log…`) is still mutated.
 */
const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal'])

/**
 * `log`, `this.log`, `options.log`, `this.options.log`…
 * @param {import('@babel/core').types.Node} node
 */
function isLogger(node) {
  if (node.type === 'Identifier') return node.name === 'log'
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.property.type === 'Identifier' &&
    node.property.name === 'log'
  )
}

class LogLineIgnorer {
  /** @param {import('@babel/core').NodePath} path */
  shouldIgnore(path) {
    if (!path.isExpressionStatement()) return undefined
    const call = path.node.expression
    if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return undefined
    const { object, property, computed } = call.callee
    if (computed || property.type !== 'Identifier' || !LEVELS.has(property.name)) return undefined
    return isLogger(object)
      ? 'A log line: its text is for people reading the log, not behaviour.'
      : undefined
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Ignore, 'log-lines', LogLineIgnorer)]
