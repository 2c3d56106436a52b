import type { Kysely } from 'kysely';
import { seedDemoProjectsAndRoots } from '../features/projects/demo-seed';
import { seedDemoThreads } from '../features/chat/demo-seed';
import type { DB } from './schema';

/**
 * Writes the demo content (projects, roots, the general chat thread) into an empty database.
 * Returns true when it wrote something. Each feature adds its part here as it lands.
 */
export async function seedDemoContent(db: Kysely<DB>): Promise<boolean> {
  const wroteProjects = await seedDemoProjectsAndRoots(db);
  const wroteThreads = await seedDemoThreads(db);
  return wroteProjects || wroteThreads;
}
