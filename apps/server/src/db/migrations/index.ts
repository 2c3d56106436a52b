import type { Migration } from 'kysely';
import * as foundation from './0001_foundation';
import * as chat from './0004_chat';
import * as projectsRoots from './0002_projects_roots';
import * as media from './0003_media';
import * as polls from './0005_polls';
import * as moderation from './0006_moderation';

/**
 * Every migration, in order. Kysely runs them by name; keep the numeric prefixes increasing.
 * Listed statically (not read from disk) so that they ship inside any bundle and run identically everywhere.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_projects_roots': projectsRoots,
  '0003_media': media,
  '0004_chat': chat,
  '0005_polls': polls,
  '0006_moderation': moderation,
};
