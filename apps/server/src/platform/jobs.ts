import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import PgBoss from 'pg-boss';
import { Gauge, type Registry } from 'prom-client';
import type pg from 'pg';
import type { DB } from '../db/schema';

/**
 * Background jobs (moderation scoring, notifications, media sweeps) in a pg-boss queue stored in the same
 * database, so a job enqueued in a transaction exists exactly when that transaction commits. pg-boss runs
 * through our own pool (PGlite or PostgreSQL via PgBouncer): it polls and uses transaction-scoped locks only,
 * nothing that transaction pooling breaks.
 */
export interface JobDefinition<T extends object> {
  name: string;
  handler: (data: T) => Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Recurring jobs: a cron expression (UTC). */
  cron?: string;
}

export interface JobQueue {
  define<T extends object>(definition: JobDefinition<T>): void;
  /** Enqueues; with `tx`, inside that transaction (committed or rolled back with it). */
  send<T extends object>(name: string, data: T, tx?: Transaction<DB> | Kysely<DB>): Promise<void>;
  start(options: { work: boolean }): Promise<void>;
  stop(): Promise<void>;
  depth(name: string): Promise<number>;
  deadLetterName(name: string): string;
}

type PgBossDb = PgBoss.Db;

function poolAdapter(pool: pg.Pool): PgBossDb {
  return { executeSql: (text, values) => pool.query(text, values) };
}

function kyselyAdapter(db: Transaction<DB> | Kysely<DB>): PgBossDb {
  return {
    executeSql: async (text, values) => ({ rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows as unknown[] }),
  };
}

export function createJobQueue(pool: pg.Pool, registry: Registry, pollingIntervalSeconds = 0.5): JobQueue {
  const boss = new PgBoss({ db: poolAdapter(pool), schema: 'pgboss', supervise: true, schedule: true });
  const definitions = new Map<string, JobDefinition<object>>();
  let started = false;
  const deadLetterName = (name: string) => `${name}.dead`;

  boss.on('error', () => undefined); // transient database errors: pg-boss retries its own polling

  new Gauge({
    name: 'jobs_queue_depth',
    help: 'Jobs waiting in each queue (dead-letter queues end in .dead)',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      if (!started) return;
      for (const name of definitions.keys()) {
        this.set({ queue: name }, await boss.getQueueSize(name).catch(() => 0));
        this.set({ queue: deadLetterName(name) }, await boss.getQueueSize(deadLetterName(name)).catch(() => 0));
      }
    },
  });

  return {
    deadLetterName,
    define: (definition) => {
      definitions.set(definition.name, definition as JobDefinition<object>);
    },
    send: async (name, data, tx) => {
      const definition = definitions.get(name);
      if (!definition) throw new Error(`No job named ${name}`);
      await boss.send(name, data, tx ? { db: kyselyAdapter(tx) } : {});
    },
    start: async ({ work }) => {
      await boss.start();
      for (const definition of definitions.values()) {
        await boss.createQueue(deadLetterName(definition.name));
        await boss.createQueue(definition.name, {
          name: definition.name,
          retryLimit: definition.retryLimit ?? 5,
          retryDelay: definition.retryDelaySeconds ?? 2,
          retryBackoff: true,
          deadLetter: deadLetterName(definition.name),
        });
        if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'UTC' });
        if (work) {
          // One job per fetch: a failure retries that job only (handlers are idempotent all the same).
          await boss.work<object>(definition.name, { pollingIntervalSeconds }, async (jobs) => {
            for (const job of jobs) await definition.handler(job.data);
          });
        }
      }
      started = true;
    },
    stop: async () => {
      if (!started) return;
      started = false;
      // Lets running handlers finish (bounded), then stops polling.
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
    depth: (name) => boss.getQueueSize(name),
  };
}
