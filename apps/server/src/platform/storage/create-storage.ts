import path from 'node:path';
import type { Config } from '../../config';
import { createLocalStorage } from './local-storage';
import { type S3Settings, createS3Storage } from './s3-storage';
import type { Storage } from './storage';

/** The bucket settings from R2_* (or AWS_*) variables; null when key, secret or bucket is missing. */
export function s3SettingsOf(config: Config): S3Settings | null {
  const accessKeyId = config.R2_ACCESS_KEY_ID ?? config.AWS_ACCESS_KEY_ID;
  const secretAccessKey = config.R2_SECRET_ACCESS_KEY ?? config.AWS_SECRET_ACCESS_KEY;
  const bucket = config.R2_BUCKET_NAME ?? config.AWS_STORAGE_BUCKET_NAME;
  if (!accessKeyId || !secretAccessKey || !bucket) return null;
  const endpoint = config.R2_ENDPOINT_URL;
  return {
    endpoint,
    // R2 signs with region "auto"; other S3-compatible servers may insist on theirs (Swift: us-east-1).
    region: config.AWS_S3_REGION_NAME ?? (endpoint ? 'auto' : 'us-east-1'),
    bucket,
    accessKeyId,
    secretAccessKey,
    customDomain: config.R2_CUSTOM_DOMAIN,
    urlTtlSeconds: config.MEDIA_URL_TTL_SECONDS,
  };
}

export const localMediaRoot = (config: Config) => path.resolve(config.DATA_DIR, 'media');

/**
 * The configured media storage. With USE_S3_STORAGE=true it is always the bucket: loadConfig has already
 * refused missing settings, and an unreachable bucket shows in /api/ready; it never falls back to local disk.
 */
export function createStorage(config: Config): Storage {
  if (!config.USE_S3_STORAGE) return createLocalStorage(localMediaRoot(config));
  const settings = s3SettingsOf(config);
  if (!settings) throw new Error('USE_S3_STORAGE=true without bucket settings (loadConfig should have refused this)');
  return createS3Storage(settings);
}
