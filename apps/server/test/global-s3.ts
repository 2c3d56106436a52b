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
  if (!line) throw new Error(`scripts/services/s3-up.sh printed no ${name}`);
  return line.slice(name.length + 1).trim();
}

/**
 * Starts a real S3-compatible server (OpenStack Swift with s3api, signatures checked) for this run.
 * Nothing is skipped when it cannot start: the run fails and says how to install it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let output: string;
  try {
    ({ stdout: output } = await run('bash', [path.join(scripts, 's3-up.sh')], { timeout: 600_000 }));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(
      `Could not start the Swift S3 server for the integration tests.\n` +
        `Install it with: apt-get install -y swift swift-proxy swift-object swift-account swift-container memcached (run as root)\n${stderr}`,
    );
  }
  const base = valueOf(output, 'S3_BASE');
  project.provide('s3', {
    endpoint: valueOf(output, 'S3_ENDPOINT'),
    accessKeyId: valueOf(output, 'S3_ACCESS_KEY_ID'),
    secretAccessKey: valueOf(output, 'S3_SECRET_ACCESS_KEY'),
    bucket: valueOf(output, 'S3_BUCKET'),
  });
  return async () => {
    await run('bash', [path.join(scripts, 's3-down.sh'), base]).catch(() => undefined);
  };
}
