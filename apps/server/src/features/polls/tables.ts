import type { ColumnType, Generated } from 'kysely';
import type { PollMethod, ResultsVisibility } from '@egoejo/contracts';

/** The stored lifecycle; `scheduled` and time-based closing are derived from the dates when read. */
export type StoredPollStatus = 'draft' | 'open' | 'closed';

export interface PollsTable {
  id: Generated<number>;
  creator_id: number | null;
  thread_id: number | null;
  project_id: number | null;
  question: string;
  method: PollMethod;
  max_choices: number | null;
  anonymous: boolean;
  results_visibility: ResultsVisibility;
  status: ColumnType<StoredPollStatus, StoredPollStatus | undefined, StoredPollStatus>;
  opens_at: Date | null;
  closes_at: Date | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface PollOptionsTable {
  id: Generated<number>;
  poll_id: number;
  position: number;
  label: string;
}

export interface PollBallotsTable {
  id: Generated<number>;
  poll_id: number;
  voter_id: number;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface PollBallotChoicesTable {
  ballot_id: number;
  option_id: number;
  grade: number | null;
}

export interface PollsTables {
  polls: PollsTable;
  poll_options: PollOptionsTable;
  poll_ballots: PollBallotsTable;
  poll_ballot_choices: PollBallotChoicesTable;
}
