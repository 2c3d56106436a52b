import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * The tallies, computed by PostgreSQL (the SQL of the results sub-resource; store.ts holds the rest).
 *
 * Majority judgement follows Balinski & Laraki, "A theory of measuring, electing, and ranking", PNAS 104(21),
 * 2007, §"Majority ranking": an option's majority grade is its lower median grade (percentile_disc(0.5));
 * ties are broken by the majority value, the sequence of grades obtained by repeatedly taking the lower
 * median and removing it. Options are ranked by comparing these sequences lexicographically. Every ballot
 * grades every option, so all sequences have the same length, and the order in which a sorted position is
 * removed depends only on its distance to the middle: for n grades sorted ascending, with m = (n+1)/2
 * (integer division) and d = position - m, the removal step is, for n odd, 0 | 2d (d > 0) | -2d-1 (d < 0),
 * and for n even, 2d-1 (d > 0) | -2d (d <= 0). PostgreSQL compares arrays lexicographically, so the
 * ranking is one `rank() OVER (ORDER BY majority_value DESC)`. Unlike the "majority gauge" (share above
 * vs below the median), this decides every tie except identical grade distributions.
 */

type Db = Kysely<DB> | Transaction<DB>;

export interface ChoiceTallyRow {
  option_id: number;
  votes: number;
  share: number;
  rank: number;
}

/** Single and multiple choice: ballots per option, ranked by votes. */
export async function tallyChoices(db: Db, pollId: number): Promise<ChoiceTallyRow[]> {
  const { rows } = await sql<ChoiceTallyRow>`
    SELECT o.id AS option_id,
           count(c.ballot_id)::int AS votes,
           coalesce(count(c.ballot_id)::float8 / nullif((SELECT count(*) FROM poll_ballots WHERE poll_id = ${pollId}), 0), 0) AS share,
           rank() OVER (ORDER BY count(c.ballot_id) DESC)::int AS rank
    FROM poll_options o
    LEFT JOIN poll_ballot_choices c ON c.option_id = o.id
    WHERE o.poll_id = ${pollId}
    GROUP BY o.id, o.position
    ORDER BY o.position`.execute(db);
  return rows;
}

export interface GradeTallyRow {
  option_id: number;
  majority_grade: number | null;
  grade_counts: number[];
  share_above: number;
  share_below: number;
  rank: number;
}

/** Majority judgement: grade distribution, majority grade, gauge shares and majority-value rank per option. */
export async function tallyGrades(db: Db, pollId: number): Promise<GradeTallyRow[]> {
  const { rows } = await sql<GradeTallyRow>`
    WITH graded AS (
      SELECT o.id AS option_id, o.position, c.grade,
             row_number() OVER (PARTITION BY o.id ORDER BY c.grade) - (count(c.grade) OVER (PARTITION BY o.id) + 1) / 2 AS d,
             count(c.grade) OVER (PARTITION BY o.id) AS n
      FROM poll_options o
      LEFT JOIN poll_ballot_choices c ON c.option_id = o.id
      WHERE o.poll_id = ${pollId}
    ),
    medians AS (
      SELECT option_id, percentile_disc(0.5) WITHIN GROUP (ORDER BY grade) AS majority_grade
      FROM graded
      GROUP BY option_id
    ),
    tallies AS (
      SELECT g.option_id, g.position, m.majority_grade, max(g.n) AS n,
             array_agg(g.grade ORDER BY CASE
               WHEN g.n % 2 = 1 THEN CASE WHEN g.d > 0 THEN 2 * g.d WHEN g.d = 0 THEN 0 ELSE -2 * g.d - 1 END
               ELSE CASE WHEN g.d > 0 THEN 2 * g.d - 1 ELSE -2 * g.d END
             END) FILTER (WHERE g.grade IS NOT NULL) AS majority_value,
             ARRAY[
               count(*) FILTER (WHERE g.grade = 0), count(*) FILTER (WHERE g.grade = 1), count(*) FILTER (WHERE g.grade = 2),
               count(*) FILTER (WHERE g.grade = 3), count(*) FILTER (WHERE g.grade = 4), count(*) FILTER (WHERE g.grade = 5)
             ]::int[] AS grade_counts,
             count(*) FILTER (WHERE g.grade > m.majority_grade) AS above,
             count(*) FILTER (WHERE g.grade < m.majority_grade) AS below
      FROM graded g
      JOIN medians m USING (option_id)
      GROUP BY g.option_id, g.position, m.majority_grade
    )
    SELECT option_id, majority_grade::int AS majority_grade, grade_counts,
           coalesce(above::float8 / nullif(n, 0), 0) AS share_above,
           coalesce(below::float8 / nullif(n, 0), 0) AS share_below,
           rank() OVER (ORDER BY majority_value DESC NULLS LAST)::int AS rank
    FROM tallies
    ORDER BY position`.execute(db);
  return rows;
}
