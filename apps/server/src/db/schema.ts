import type { AccountsTables } from '../features/accounts/tables';
import type { AuditTables } from '../features/audit/tables';
import type { ChatTables } from '../features/chat/tables';
import type { IntentsTables } from '../features/intents/tables';
import type { ModerationTables } from '../features/moderation/tables';
import type { ProjectsTables } from '../features/projects/tables';
import type { RootsTables } from '../features/roots/tables';
import type { SearchTables } from '../features/search/tables';
import type { PollsTables } from '../features/polls/tables';
import type { MediaTables } from '../features/media/tables';

/** Every table, as Kysely sees it. Each feature declares its own tables in its `tables.ts`. */
export interface DB extends AccountsTables, IntentsTables, AuditTables, ProjectsTables, RootsTables, SearchTables, PollsTables, MediaTables, ModerationTables, ChatTables {}
