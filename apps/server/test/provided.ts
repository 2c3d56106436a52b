declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a dumped, migrated PGlite data directory that each test file loads. */
    pgliteTemplatePath: string;
    /** PostgreSQL reached through PgBouncer (transaction pooling) and directly (to create databases). */
    pgBouncerUrl: string;
    pgDirectUrl: string;
  }
}
export {};
