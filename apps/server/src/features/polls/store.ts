import { type Kysely, type Transaction, sql } from 'kysely';
import type { PollStatus } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import type { Principal } from '../../platform/auth-guard';
import { visibleTo } from '../moderation/visibility';
import type { PollsTable } from './tables';

type Db = Kysely<DB> | Transaction<DB>;

/** The status a reader sees: an opened poll is `scheduled` before `opens_at` and `closed` from `closes_at` on. */
const effectiveStatus = sql<PollStatus>`CASE
  WHEN polls.status = 'open' AND polls.closes_at <= now() THEN 'closed'
  WHEN polls.status = 'open' AND polls.opens_at > now() THEN 'scheduled'
  ELSE polls.status END`;

export type NewPoll = Omit<PollsTable, 'id' | 'status' | 'created_at' | 'updated_at'>;
export type PollChanges = Partial<Omit<NewPoll, 'creator_id' | 'thread_id' | 'project_id'>>;

export const insertPoll = (tx: Db, poll: NewPoll) =>
  tx.insertInto('polls').values(poll).returning('id').executeTakeFirstOrThrow();

export const insertOptions = (tx: Db, pollId: number, labels: string[]) =>
  tx
    .insertInto('poll_options')
    .values(labels.map((label, position) => ({ poll_id: pollId, position, label })))
    .execute();

export const deleteOptions = (tx: Db, pollId: number) => tx.deleteFrom('poll_options').where('poll_id', '=', pollId).execute();

function pollsWithStatus(db: Db) {
  return db
    .selectFrom('polls')
    .leftJoin('users', 'users.id', 'polls.creator_id')
    .selectAll('polls')
    .select([
      'users.display_name as creator_name',
      effectiveStatus.as('effective_status'),
      (eb) =>
        eb
          .selectFrom('poll_ballots')
          .select((b) => b.fn.countAll<number>().as('n'))
          .whereRef('poll_ballots.poll_id', '=', 'polls.id')
          .as('ballot_count'),
    ]);
}

export type PollRow = NonNullable<Awaited<ReturnType<typeof findPoll>>>;

export const findPoll = (db: Db, id: number) => pollsWithStatus(db).where('polls.id', '=', id).executeTakeFirst();

/**
 * The poll row locked against a concurrent open, close, edit or delete while a ballot is written:
 * FOR SHARE lets ballots proceed in parallel, and only blocks writers of the poll row itself.
 */
export const findPollForBallot = (tx: Transaction<DB>, id: number) =>
  tx
    .selectFrom('polls')
    .select(['id', 'method', 'max_choices', effectiveStatus.as('effective_status')])
    .where('id', '=', id)
    .forShare()
    .executeTakeFirst();

export interface PollFilters {
  /** null: polls outside any thread. */
  threadId: number | null;
  projectId?: number | undefined;
  status?: PollStatus | undefined;
  /** Drafts are listed only to their creator, or to everyone's eyes when null (moderators). */
  draftsOf: number | null | 'none';
  /** Who lists: polls hidden by moderation are left out except for their creator and moderators. */
  viewer?: Principal | null;
}

/** Newest first; the identity id follows creation order, so it is the keyset. */
export function findPollsPage(db: Db, filters: PollFilters, page: { beforeId?: number | undefined; limit: number }) {
  let q = pollsWithStatus(db).orderBy('polls.id', 'desc').limit(page.limit + 1);
  if (page.beforeId !== undefined) q = q.where('polls.id', '<', page.beforeId);
  q = filters.threadId === null ? q.where('polls.thread_id', 'is', null) : q.where('polls.thread_id', '=', filters.threadId);
  q = q.where(visibleTo('poll', 'polls.id', 'polls.creator_id', filters.viewer ?? null));
  if (filters.projectId !== undefined) q = q.where('polls.project_id', '=', filters.projectId);
  if (filters.status) q = q.where(effectiveStatus, '=', filters.status);
  const { draftsOf } = filters;
  if (draftsOf === 'none') q = q.where('polls.status', '<>', 'draft');
  else if (draftsOf !== null) {
    q = q.where((eb) => eb.or([eb('polls.status', '<>', 'draft'), eb('polls.creator_id', '=', draftsOf)]));
  }
  return q.execute();
}

export const findOptions = (db: Db, pollId: number) =>
  db.selectFrom('poll_options').select(['id', 'label', 'position']).where('poll_id', '=', pollId).orderBy('position').execute();

export const updatePoll = (db: Db, id: number, changes: PollChanges) =>
  db.updateTable('polls').set({ ...changes, updated_at: sql<Date>`now()` }).where('id', '=', id).execute();

/** Opens a draft; an `opens_at` left empty means "now". Returns nothing when the poll was no longer a draft. */
export const markPollOpen = (db: Db, id: number) =>
  db
    .updateTable('polls')
    .set({ status: 'open', opens_at: sql<Date>`coalesce(opens_at, now())`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst();

/** Closes now, keeping an earlier `closes_at` if one passed already. */
export const markPollClosed = (db: Db, id: number) =>
  db
    .updateTable('polls')
    .set({ status: 'closed', closes_at: sql<Date>`least(coalesce(closes_at, now()), now())`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();

export const deletePoll = (db: Db, id: number) => db.deleteFrom('polls').where('id', '=', id).returning('id').executeTakeFirst();

/** Creates the member's ballot, or takes over the existing one (its choices are then rewritten). */
export const upsertBallot = (tx: Transaction<DB>, pollId: number, voterId: number) =>
  tx
    .insertInto('poll_ballots')
    .values({ poll_id: pollId, voter_id: voterId })
    .onConflict((oc) => oc.columns(['poll_id', 'voter_id']).doUpdateSet({ updated_at: sql<Date>`now()` }))
    .returning('id')
    .executeTakeFirstOrThrow();

export const deleteBallotChoices = (tx: Transaction<DB>, ballotId: number) =>
  tx.deleteFrom('poll_ballot_choices').where('ballot_id', '=', ballotId).execute();

export const insertBallotChoices = (tx: Transaction<DB>, ballotId: number, choices: { optionId: number; grade: number | null }[]) =>
  tx
    .insertInto('poll_ballot_choices')
    .values(choices.map((c) => ({ ballot_id: ballotId, option_id: c.optionId, grade: c.grade })))
    .execute();

/** Ballots with their choices, one row per ballot (the caller's own, or all of a named poll). */
export function findBallots(db: Db, pollId: number, voterId?: number) {
  let q = db
    .selectFrom('poll_ballots as b')
    .innerJoin('users as u', 'u.id', 'b.voter_id')
    .innerJoin('poll_ballot_choices as c', 'c.ballot_id', 'b.id')
    .select([
      'b.voter_id',
      'u.display_name',
      sql<number[]>`jsonb_agg(c.option_id ORDER BY c.option_id)`.as('option_ids'),
      sql<Record<string, number> | null>`jsonb_object_agg(c.option_id::text, c.grade) FILTER (WHERE c.grade IS NOT NULL)`.as('grades'),
    ])
    .where('b.poll_id', '=', pollId)
    .groupBy(['b.id', 'b.voter_id', 'u.display_name'])
    .orderBy('b.id');
  if (voterId !== undefined) q = q.where('b.voter_id', '=', voterId);
  return q.execute();
}

export const hasBallot = async (db: Db, pollId: number, voterId: number) =>
  (await db.selectFrom('poll_ballots').select('id').where('poll_id', '=', pollId).where('voter_id', '=', voterId).executeTakeFirst()) !==
  undefined;

/** Every ballot of a person, for the personal-data export. */
export const findBallotsOfVoter = (db: Db, voterId: number) =>
  db
    .selectFrom('poll_ballots as b')
    .innerJoin('polls as p', 'p.id', 'b.poll_id')
    .innerJoin('poll_ballot_choices as c', 'c.ballot_id', 'b.id')
    .innerJoin('poll_options as o', 'o.id', 'c.option_id')
    .select([
      'p.id as poll_id',
      'p.question',
      'b.created_at',
      'b.updated_at',
      sql<{ option: string; grade: number | null }[]>`jsonb_agg(jsonb_build_object('option', o.label, 'grade', c.grade) ORDER BY o.position)`.as(
        'choices',
      ),
    ])
    .where('b.voter_id', '=', voterId)
    .groupBy(['b.id', 'p.id', 'p.question', 'b.created_at', 'b.updated_at'])
    .orderBy('b.id')
    .execute();
