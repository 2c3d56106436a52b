import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import './provided';

/**
 * A new, empty bucket on the test Swift S3 for one test file, and the environment that points the app
 * at it (the R2_* names; the region is pinned because Swift signs with us-east-1, not R2's "auto").
 */
export async function freshBucketEnv(): Promise<Record<string, string>> {
  const s3 = inject('s3');
  const bucket = `t-${randomBytes(6).toString('hex')}`;
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  client.destroy();
  return {
    USE_S3_STORAGE: 'true',
    R2_ACCESS_KEY_ID: s3.accessKeyId,
    R2_SECRET_ACCESS_KEY: s3.secretAccessKey,
    R2_BUCKET_NAME: bucket,
    R2_ENDPOINT_URL: s3.endpoint,
    AWS_S3_REGION_NAME: 'us-east-1',
  };
}

/** An address where nothing listens: a port the OS just handed out and that was closed again. */
export async function deadEndpoint(): Promise<string> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
