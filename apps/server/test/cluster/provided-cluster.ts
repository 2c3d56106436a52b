declare module 'vitest' {
  export interface ProvidedContext {
    cluster: {
      pgBouncerUrl: string;
      pgDirectUrl: string;
      redisUrl: string;
      s3: { endpoint: string; accessKeyId: string; secretAccessKey: string; bucket: string };
    };
  }
}
export {};
