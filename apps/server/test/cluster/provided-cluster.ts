import type { ClusterServices } from './launch';

declare module 'vitest' {
  export interface ProvidedContext {
    cluster: ClusterServices & {
      /** Base folders of the services, for the fault tests that stop and start them. */
      pgBase: string;
      redisBase: string;
    };
  }
}
export {};
