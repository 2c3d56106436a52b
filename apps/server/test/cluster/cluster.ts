import { inject } from 'vitest';
import { type Cluster, type ClusterOptions, launchCluster } from './launch';
import './provided-cluster';

export type { Cluster, ServerProcess } from './launch';

/** A cluster on the services of the cluster project's global setup (see launch.ts). */
export function startCluster(options: Omit<ClusterOptions, 'database'>): Promise<Cluster> {
  return launchCluster(inject('cluster'), options);
}
