import * as z from 'zod'
import { SYNCHRONOUS_LEVELS } from '../db'
import { DEFAULT_MAX_MESSAGE_BYTES } from '../shared/protocol'

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:\/\/|https?:\/\/)/, 'must be a file:, libsql:// or http(s):// URL')
    .default('file:./data/kaigi.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /**
   * Set (`redis://host:6379`), several Kaigi processes serve the same
   * documents: each commits what its clients send, then tells the others
   * through Redis. Not set, one process serves everything on its own.
   */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  DATABASE_SYNCHRONOUS: z.enum(SYNCHRONOUS_LEVELS).default('full'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_MESSAGE_BYTES),
  /**
   * Typing, dragging and presence stay far below this pace: a socket above it
   * is flooding, and is closed (1008) before its messages cost the room.
   */
  MAX_MESSAGES_PER_SECOND: z.coerce.number().int().positive().default(100),
  ROOM_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).default(10_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().positive().default(1000),
  CLIENT_DIR: z.string().default('dist/client'),
  /** Opening `/invite/<KAIGI_OWNER_TOKEN>` signs in as the instance's owner (automation). */
  KAIGI_OWNER_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  /**
   * The address people reach Kaigi at (`https://kaigi.example.org`), for the
   * absolute links in exported files; `http://HOST:PORT` if not set. Never
   * taken from a request's Host header, which its sender chooses.
   */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * How many reverse proxies stand in front of Kaigi (nginx: 1). Their
   * `X-Forwarded-For` then gives each client's address for the rate limits;
   * with 0, the default, the header is ignored, as anyone can write it.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Where outgoing mail goes (`smtp://user:pass@host:587`, `smtps://…:465`).
   * Without it, each message is written as an `.eml` file under
   * MAIL_OUTBOX_DIR instead, and the log says so at start.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of every message (`Comité des Rencontres <comite@example.org>`). */
  MAIL_FROM: z.string().min(3).default('Kaigi <kaigi@localhost>'),
  /** Where the collectivités' answers go: the committee's address; none if not set. */
  MAIL_REPLY_TO: z.string().min(3).optional(),
  /** Messages sent per minute at most, so that a municipal mail server is not flooded. */
  MAIL_PER_MINUTE: z.coerce.number().positive().default(30),
  /** The folder of the `.eml` files written without SMTP_URL. */
  MAIL_OUTBOX_DIR: z.string().min(1).default('data/outbox'),
  /**
   * How long a message being sent is held before another start of Kaigi
   * may take it up again (after a crash): longer than any SMTP exchange.
   */
  MAIL_LEASE_SECONDS: z.coerce.number().positive().default(180),
  /**
   * The bearer token a Prometheus scraper sends to read `GET /metrics`.
   * Without it, `/metrics` answers 404: the metrics are never public by accident.
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Comma-separated origins allowed besides the server's own (a development server). */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
})

export type Env = z.infer<typeof EnvSchema>

/** Reads and checks the environment once, at start-up; exits with the reasons if it is wrong. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`invalid environment:\n  ${problems.join('\n  ')}`)
  }
  return parsed.data
}
