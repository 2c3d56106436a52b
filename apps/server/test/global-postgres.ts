import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import './provided';

const run = promisify(execFile);
const scripts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../scripts/services');

function valueOf(output: string, name: string): string {
  const line = output.split('\n').find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`scripts/services/pg-up.sh printed no ${name}`);
  return line.slice(name.length + 1).trim().split(/\s/)[0]!;
}

/**
 * Starts a real PostgreSQL 15 and a real PgBouncer (transaction pooling, small pool) for this run.
 * Nothing is skipped when they cannot start: the run fails and says how to install them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let output: string;
  try {
    ({ stdout: output } = await run('bash', [path.join(scripts, 'pg-up.sh')], { timeout: 600_000 }));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(
      `Could not start PostgreSQL + PgBouncer for the integration tests.\n` +
        `Install them with: apt-get install -y postgresql-15 postgresql-contrib pgbouncer (run as root)\n${stderr}`,
    );
  }
  const base = valueOf(output, 'PG_BASE');
  project.provide('pgBouncerUrl', valueOf(output, 'DATABASE_URL'));
  project.provide('pgDirectUrl', valueOf(output, 'DIRECT_DATABASE_URL'));
  return async () => {
    await run('bash', [path.join(scripts, 'pg-down.sh'), base]).catch(() => undefined);
  };
}
