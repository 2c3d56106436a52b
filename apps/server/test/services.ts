import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const servicesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../scripts/services');

export interface RunningService {
  values: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Runs `scripts/services/<name>-up.sh` and parses its `NAME=value` lines. A service that cannot start
 * fails the run with the command that installs it: nothing is skipped.
 */
export async function startService(
  name: 'pg' | 'redis' | 's3' | 'nginx',
  options: { env?: Record<string, string>; installHint: string },
): Promise<RunningService> {
  let stdout: string;
  try {
    ({ stdout } = await run('bash', [path.join(servicesDir, `${name}-up.sh`)], {
      timeout: 600_000,
      env: { ...process.env, PG_BASE: '', REDIS_BASE: '', S3_BASE: '', NGINX_BASE: '', ...options.env },
    }));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`Could not start ${name} for the tests.\nInstall it with: ${options.installHint} (as root)\n${stderr}`);
  }
  const values = Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(\S*)/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
  const base = Object.entries(values).find(([key]) => key.endsWith('_BASE'))?.[1];
  if (!base) throw new Error(`scripts/services/${name}-up.sh printed no *_BASE line`);
  return {
    values,
    stop: async () => {
      await run('bash', [path.join(servicesDir, `${name}-down.sh`), base]).catch(() => undefined);
    },
  };
}

/** The same server URL, naming another database. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
