import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * The tallies, computed by PostgreSQL (the SQL of the results sub-resource; store.ts holds the rest).
 *
 * Majority judgement follows Balinski & Laraki, "A theory of measuring, electing, and ranking", PNAS 104(21),
 * 2007, §"Majority ranking": an option's majority grade is its lower median grade; ties are broken by the
 * majority value, the sequence of grades obtained by repeatedly taking the lower median and removing it,
 * options being ranked by comparing these sequences lexicographically. Unlike the "majority gauge" (share
 * above vs below the median), this decides every tie except identical grade distributions. Every ballot
 * grades every option, so all options have the same number of grades, which the comparison below relies on.
 * majority.property.int.test.ts checks the SQL against the step-by-step definition on random ballots.
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
    WITH votes AS (
      SELECT o.id AS option_id, o.position, (SELECT count(*) FROM poll_ballot_choices c WHERE c.option_id = o.id)::int AS votes
      FROM poll_options o
      WHERE o.poll_id = ${pollId}
    )
    SELECT option_id, votes,
           coalesce(votes::float8 / nullif((SELECT count(*) FROM poll_ballots WHERE poll_id = ${pollId}), 0), 0) AS share,
           rank() OVER (ORDER BY votes DESC)::int AS rank
    FROM votes
    ORDER BY position`.execute(db);
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

/**
 * Majority judgement: grade distribution, majority grade, gauge shares and majority-value rank per option.
 * Reads only the six counts per option (the index on (option_id, grade)), never the ballots one by one:
 * sorted position p of an option holds the first grade g whose cumulative count cum[g] reaches p. Two
 * options differ at position p exactly when, for some g < 5, p lies in (min(cumA[g], cumB[g]),
 * max(cumA[g], cumB[g])]; of those positions the one removed first decides (the one nearest the middle:
 * m itself, or the interval's end nearest to m), and rank = 1 + the number of options that beat this one.
 * This is the majority-value comparison described above, in O(options² × grades) instead of O(ballots).
 */
export async function tallyGrades(db: Db, pollId: number): Promise<GradeTallyRow[]> {
  const { rows } = await sql<GradeTallyRow>`
    WITH counts AS (
      -- One index-only count per (option, grade): about twice as fast as grouping all the choice rows.
      SELECT o.id AS option_id, o.position, g.grade,
             (SELECT count(*) FROM poll_ballot_choices c WHERE c.option_id = o.id AND c.grade = g.grade)::int AS k
      FROM poll_options o
      CROSS JOIN generate_series(0, 5) AS g(grade)
      WHERE o.poll_id = ${pollId}
    ),
    cumulative AS (
      SELECT option_id, position, grade, k, sum(k) OVER (PARTITION BY option_id ORDER BY grade)::int AS upto
      FROM counts
    ),
    options AS (
      -- cum[g + 1] = number of grades <= g (PostgreSQL arrays start at 1); m = the lower median's position
      SELECT option_id, position, array_agg(k ORDER BY grade) AS grade_counts, array_agg(upto ORDER BY grade) AS cum,
             max(upto) AS n, (max(upto) + 1) / 2 AS m
      FROM cumulative
      GROUP BY option_id, position
    ),
    boundaries AS (
      SELECT a.option_id AS a_id, b.option_id AS b_id, a.n, a.m,
             least(a.cum[g + 1], b.cum[g + 1]) AS lo, greatest(a.cum[g + 1], b.cum[g + 1]) AS hi
      FROM options a
      JOIN options b ON b.option_id <> a.option_id AND b.n = a.n
      CROSS JOIN generate_series(0, 4) AS g
      WHERE a.cum[g + 1] <> b.cum[g + 1]
    ),
    nearest AS (
      SELECT a_id, b_id, n, m, CASE WHEN lo < m AND m <= hi THEN m WHEN hi < m THEN hi ELSE lo + 1 END AS p
      FROM boundaries
    ),
    decisive AS (
      SELECT DISTINCT ON (a_id, b_id) a_id, b_id, p
      FROM nearest
      ORDER BY a_id, b_id, CASE
        WHEN p = m THEN 0
        WHEN n % 2 = 1 THEN CASE WHEN p > m THEN 2 * (p - m) ELSE 2 * (m - p) - 1 END
        ELSE CASE WHEN p > m THEN 2 * (p - m) - 1 ELSE 2 * (m - p) END
      END
    ),
    beaten AS (
      SELECT d.a_id AS option_id, count(*) AS by_count
      FROM decisive d
      JOIN options a ON a.option_id = d.a_id
      JOIN options b ON b.option_id = d.b_id
      WHERE (SELECT min(g) FROM generate_series(0, 5) g WHERE b.cum[g + 1] >= d.p)
          > (SELECT min(g) FROM generate_series(0, 5) g WHERE a.cum[g + 1] >= d.p)
      GROUP BY d.a_id
    ),
    graded AS (
      SELECT o.*, (SELECT min(g) FROM generate_series(0, 5) g WHERE o.n > 0 AND o.cum[g + 1] >= o.m) AS majority_grade
      FROM options o
    )
    SELECT o.option_id, o.majority_grade, o.grade_counts,
           coalesce((o.n - o.cum[o.majority_grade + 1])::float8 / nullif(o.n, 0), 0) AS share_above,
           coalesce(coalesce(o.cum[o.majority_grade], 0)::float8 / nullif(o.n, 0), 0) AS share_below,
           (1 + coalesce(b.by_count, 0))::int AS rank
    FROM graded o
    LEFT JOIN beaten b USING (option_id)
    ORDER BY o.position`.execute(db);
  return rows;
}
