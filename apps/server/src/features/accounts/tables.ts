import type { ColumnType, Generated } from 'kysely';
import type { Role } from '@egoejo/contracts';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;

export interface UsersTable {
  id: Generated<number>;
  /** null once the account is erased: the row stays so that shared content keeps an (anonymous) author. */
  email: string | null;
  display_name: string;
  bio: ColumnType<string, string | undefined, string>;
  role: ColumnType<Role, Role | undefined, Role>;
  password_hash: string | null;
  suspended_until: Date | null;
  suspension_reason: string | null;
  erased_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RefreshTokensTable {
  id: Generated<number>;
  user_id: number;
  family_id: string;
  token_hash: string;
  family_expires_at: Date;
  idle_expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
  user_agent: string | null;
  created_at: CreatedAt;
}

export interface AccountsTables {
  users: UsersTable;
  refresh_tokens: RefreshTokensTable;
}
