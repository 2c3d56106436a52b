declare module 'vitest' {
  export interface ProvidedContext {
    cluster: {
      pgBouncerUrl: string;
      pgDirectUrl: string;
      redisUrl: string;
      /** Base folders of the services, for the fault tests that stop and start them. */
      pgBase: string;
      redisBase: string;
      s3: { endpoint: string; accessKeyId: string; secretAccessKey: string; bucket: string };
    };
  }
}
export {};
