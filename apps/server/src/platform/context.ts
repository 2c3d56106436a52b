import type { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/connection';
import type { DB } from '../db/schema';
import type { AccessTokens } from './access-tokens';
import type { FormStamps } from './honeypot';
import type { JobQueue } from './jobs';
import type { Metrics } from './metrics';
import type { PersonalDataRegistry } from './personal-data';
import type { PubSub } from './pubsub';
import type { Storage } from './storage/storage';
import type { WindowCounter } from './window-counter';
import type { SocketHandlerRegistry } from './ws/registry';

/** What every feature receives at start-up. Built once in app.ts; nothing here is per-request. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  tokens: AccessTokens;
  formStamps: FormStamps;
  metrics: Metrics;
  personalData: PersonalDataRegistry;
  pubsub: PubSub;
  /** Media objects: local disk or S3/R2 (platform/storage). */
  storage: Storage;
  /** Background jobs; started by main.ts after migrations (tests start it when they need it). */
  jobs: JobQueue;
  /** WebSocket message handlers: each feature's socket.ts registers its message types here. */
  socketHandlers: SocketHandlerRegistry;
  /** Redis when REDIS_URL is set (presence, counters); null means this process's memory is the shared state. */
  redis: Redis | null;
  /** Rate-limit windows shared by all processes (Redis) or kept in memory. */
  counters: WindowCounter;
  /** Readiness checks of the optional parts (storage, Redis), added by the features that own them. */
  readinessChecks: Map<string, () => Promise<void>>;
}
