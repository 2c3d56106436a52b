import { parseArgs } from 'node:util';
import { copyObjects } from '../features/media/copy-objects';
import { createLocalStorage } from '../platform/storage/local-storage';
import { localMediaRoot, s3SettingsOf } from '../platform/storage/create-storage';
import { createS3Storage } from '../platform/storage/s3-storage';
import { configOrExit } from '../startup';

/**
 * `npm run media:migrate -- --to s3`: copies the media objects under DATA_DIR/media to the bucket named
 * by R2_* (or AWS_*), verifying each by checksum. Run it before switching USE_S3_STORAGE=true; running
 * it again copies only what is missing. Exits 1 when anything failed.
 */
const { values } = parseArgs({ options: { to: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
if (values.to !== 's3') {
  process.stderr.write('usage: npm run media:migrate -- --to s3 [--quiet]\n');
  process.exit(2);
}
const config = configOrExit();
const settings = s3SettingsOf(config);
if (!settings) {
  process.stderr.write('media:migrate needs R2_ACCESS_KEY_ID, R2_SECRET_ACCESS_KEY and R2_BUCKET_NAME (or their AWS_* equivalents)\n');
  process.exit(2);
}
const source = createLocalStorage(localMediaRoot(config));
const target = createS3Storage(settings);
try {
  await target.check();
} catch (error) {
  process.stderr.write(`The bucket cannot be used: ${(error as Error).message}\n`);
  process.exit(1);
}
const report = await copyObjects(source, target, (key, outcome) => {
  if (!values.quiet) process.stdout.write(`${outcome} ${key}\n`);
});
target.close();
for (const failure of report.failed) process.stderr.write(`failed ${failure.key}: ${failure.reason}\n`);
process.stdout.write(
  `media:migrate to s3 (${settings.bucket}): ${report.copied} copied, ${report.skipped} skipped (already there), ${report.failed.length} failed, ${report.ignored} ignored (not media objects)\n`,
);
process.exit(report.failed.length ? 1 : 0);
