import { type Logger, pino } from 'pino'

export type { Logger }

/** Structured logs: one JSON line per event on stdout, at `level` and above. */
export const createLogger = (level: string): Logger =>
  pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime })
