declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a dumped, migrated PGlite data directory that each test file loads. */
    pgliteTemplatePath: string;
    /** PostgreSQL reached through PgBouncer (transaction pooling) and directly (to create databases). */
    pgBouncerUrl: string;
    pgDirectUrl: string;
    /** The Swift S3 server started by global-s3.ts (scripts/services/s3-up.sh). */
    s3: { endpoint: string; accessKeyId: string; secretAccessKey: string; bucket: string };
  }
}
export {};
