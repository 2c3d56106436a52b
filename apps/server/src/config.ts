import { z } from 'zod';

/**
 * Every environment variable the server reads, parsed and validated once at start-up.
 * A bad value stops the process with one line naming the variable (see `loadConfig`).
 * The README's configuration table mirrors this schema.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const csv = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const urlString = z.url();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** PostgreSQL itself, bypassing PgBouncer: for pg_dump/pg_restore, which need one session. Defaults to DATABASE_URL. */
  DIRECT_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_IDLE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  REFRESH_TOKEN_ABSOLUTE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(20),
  CORS_ALLOWED_ORIGINS: csv.default([]),
  TRUST_PROXY: bool.default(false),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  DEMO_CONTENT: bool.default(true),
  /** `inline`: this process runs the background jobs; `off`: another process does (`npm run worker`). */
  WORKER: z.enum(['inline', 'off']).default('inline'),
  WEB_DIST_DIR: z.string().optional(),
  PUBLIC_URL: urlString.optional(),
  /** Redis for pub/sub, presence and shared rate limits across processes; in-process when unset. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  /** A WebSocket from which nothing (not even a pong) arrived for this long is dropped. */
  WS_IDLE_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(60),
  /** Time a new WebSocket has to authenticate (or subscribe to something public) before it is closed. */
  WS_AUTH_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(10),
  /** Bytes a WebSocket may have waiting to be sent; past it the client is too slow and is closed (1013). */
  WS_SEND_BUFFER_BYTES: z.coerce.number().int().min(16_384).max(67_108_864).default(1_048_576),
  /** How long a process's chat presence entries live in Redis without a heartbeat (a dead process's users vanish after it). */
  CHAT_PRESENCE_TTL_SECONDS: z.coerce.number().min(1).max(600).default(30),
  // Media storage: local disk under DATA_DIR/media unless USE_S3_STORAGE=true. The R2_* names are the
  // original plan's; the AWS_* equivalents are accepted too (R2_* wins when both are set).
  USE_S3_STORAGE: bool.default(false),
  R2_ACCESS_KEY_ID: z.string().optional(),
  R2_SECRET_ACCESS_KEY: z.string().optional(),
  R2_BUCKET_NAME: z.string().optional(),
  R2_ENDPOINT_URL: urlString.optional(),
  /** Public host serving the bucket (e.g. media.example.org); without it the S3 driver hands out presigned URLs. */
  R2_CUSTOM_DOMAIN: z.string().optional(),
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_SECRET_ACCESS_KEY: z.string().optional(),
  AWS_STORAGE_BUCKET_NAME: z.string().optional(),
  /** Region of the bucket; default `auto` with an R2 endpoint (what R2 expects), else us-east-1. */
  AWS_S3_REGION_NAME: z.string().optional(),
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Lifetime of presigned media URLs (S3 without a custom domain). */
  MEDIA_URL_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 86_400).default(3_600),
  /** Unreferenced objects younger than this are left alone: an upload may still be about to commit its row. */
  MEDIA_ORPHAN_MIN_AGE_SECONDS: z.coerce.number().int().min(0).default(3_600),
  /** When the orphan sweep runs (cron, UTC): a recurring job of the queue, so one process runs it; `off`: never. */
  MEDIA_SWEEP_CRON: z.string().regex(/^(off|(\S+\s+){4}\S+)$/, 'a cron expression of five fields, or off').default('17 * * * *'),
  /** Which toxicity classifier scores messages in the background (features/moderation/classifier). */
  MODERATION_CLASSIFIER: z.enum(['rules']).default('rules'),
  /** Mail to moderators goes through this SMTP server (smtp:// or smtps://); without it, it stays in the outbox table. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('EGOEJO <no-reply@egoejo.org>'),
});

export type Env = z.infer<typeof EnvSchema>;
export interface Config extends Env {
  isProduction: boolean;
}

export class ConfigError extends Error {}

/** Parses the given environment (defaults to process.env); throws ConfigError with a one-line message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${name}: ${issue?.message ?? 'invalid value'}`);
  }
  const config = { ...parsed.data, isProduction: parsed.data.NODE_ENV === 'production' };
  if (config.isProduction && !config.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET: required when NODE_ENV=production');
  }
  if ((config.ADMIN_EMAIL === undefined) !== (config.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration: ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (config.USE_S3_STORAGE) {
    const missing = [
      ['R2_ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID'],
      ['R2_SECRET_ACCESS_KEY', 'AWS_SECRET_ACCESS_KEY'],
      ['R2_BUCKET_NAME', 'AWS_STORAGE_BUCKET_NAME'],
    ].filter((names) => names.every((n) => !config[n as keyof Env]));
    if (missing.length) {
      const names = missing.map(([r2, aws]) => `${r2} (or ${aws})`).join(', ');
      throw new ConfigError(`Invalid configuration: USE_S3_STORAGE=true needs ${names}`);
    }
  }
  return config;
}
