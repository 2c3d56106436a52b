// Create the test bucket on the S3 endpoint started by s3-up.sh and check that the endpoint behaves
// like S3 where the project relies on it: put/get/delete of an object round-trips byte for byte, and a
// request signed with a wrong secret is refused. Exits non-zero (with the reason on stderr) otherwise.
//
//   S3_ENDPOINT=http://127.0.0.1:<port> S3_ACCESS_KEY_ID=test:tester S3_SECRET_ACCESS_KEY=testing \
//   S3_BUCKET=egoejo-test node scripts/services/s3-make-bucket.mjs
//
// Client settings are the ones the app must use with Swift (and suit R2 too): path-style addressing,
// region us-east-1, and checksums only when an operation requires them (Swift refuses aws-chunked uploads).
import { createHash, randomBytes } from 'node:crypto';
import {
  S3Client,
  CreateBucketCommand,
  HeadBucketCommand,
  PutObjectCommand,
  GetObjectCommand,
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';

const endpoint = process.env.S3_ENDPOINT;
const accessKeyId = process.env.S3_ACCESS_KEY_ID ?? 'test:tester';
const secretAccessKey = process.env.S3_SECRET_ACCESS_KEY ?? 'testing';
const Bucket = process.env.S3_BUCKET ?? 'egoejo-test';
if (!endpoint) {
  console.error('s3-make-bucket: S3_ENDPOINT is not set');
  process.exit(2);
}

const client = (secret) =>
  new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey: secret },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
  });

const s3 = client(secretAccessKey);
const sha = (buf) => createHash('sha256').update(buf).digest('hex');
const fail = (msg) => {
  throw new Error(msg);
};

async function main() {
  // 1. bucket (idempotent)
  try {
    await s3.send(new CreateBucketCommand({ Bucket }));
  } catch (err) {
    if (err?.name !== 'BucketAlreadyOwnedByYou' && err?.name !== 'BucketAlreadyExists') throw err;
  }
  await s3.send(new HeadBucketCommand({ Bucket }));

  // 2. put / get / delete round trip, with bytes that are not plain text
  const Key = `.s3-up-check/${Date.now()}-${randomBytes(4).toString('hex')}.bin`;
  const body = randomBytes(256 * 1024 + 7);
  await s3.send(new PutObjectCommand({ Bucket, Key, Body: body, ContentType: 'application/octet-stream' }));
  const got = await s3.send(new GetObjectCommand({ Bucket, Key }));
  const back = Buffer.from(await got.Body.transformToByteArray());
  if (back.length !== body.length || sha(back) !== sha(body)) {
    fail(`object read back differs: ${back.length} bytes, expected ${body.length}`);
  }
  const listed = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: Key }));
  if (!listed.Contents?.some((o) => o.Key === Key)) fail('object missing from ListObjectsV2');
  await s3.send(new DeleteObjectCommand({ Bucket, Key }));
  try {
    await s3.send(new HeadObjectCommand({ Bucket, Key }));
    fail('object still there after DeleteObject');
  } catch (err) {
    if (err?.$metadata?.httpStatusCode !== 404) throw err;
  }

  // 3. a wrong secret must be refused (the server really checks signatures)
  const bad = client(`${secretAccessKey}-wrong`);
  try {
    await bad.send(new PutObjectCommand({ Bucket, Key: `${Key}.forged`, Body: 'forged' }));
    fail('a request signed with a WRONG secret was accepted: signatures are not checked');
  } catch (err) {
    const status = err?.$metadata?.httpStatusCode;
    if (status !== 403) throw err;
  }
  try {
    await s3.send(new HeadObjectCommand({ Bucket, Key: `${Key}.forged` }));
    fail('the forged object was stored');
  } catch (err) {
    if (err?.$metadata?.httpStatusCode !== 404) throw err;
  }

  console.error(`s3-make-bucket: bucket ${Bucket} ready at ${endpoint}; put/get/list/delete ok; wrong secret refused`);
}

main().catch((err) => {
  console.error(`s3-make-bucket: FAILED: ${err?.name ?? ''} ${err?.message ?? err}`);
  process.exit(1);
});
