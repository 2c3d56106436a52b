import type { TestProject } from 'vitest/node';
import { startService } from './services';
import './provided';

/**
 * Starts a real S3-compatible server (OpenStack Swift with s3api, signatures checked) for this run.
 * Nothing is skipped when it cannot start: the run fails and says how to install it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const s3 = await startService('s3', {
    installHint: 'apt-get install -y swift swift-proxy swift-object swift-account swift-container memcached',
  });
  project.provide('s3', {
    endpoint: s3.values.S3_ENDPOINT!,
    accessKeyId: s3.values.S3_ACCESS_KEY_ID!,
    secretAccessKey: s3.values.S3_SECRET_ACCESS_KEY!,
    bucket: s3.values.S3_BUCKET!,
  });
  return s3.stop;
}
