import { z } from 'zod';
import { PageQuery, Timestamp, pageOf } from './common';

export const PollMethod = z.enum(['single', 'multiple', 'majority']);
export type PollMethod = z.infer<typeof PollMethod>;

/** `scheduled`: opened with an `opensAt` still in the future. `closed` also covers an `open` poll past `closesAt`. */
export const PollStatus = z.enum(['draft', 'scheduled', 'open', 'closed']);
export type PollStatus = z.infer<typeof PollStatus>;

/**
 * Who sees the tally, and when. The creator and moderators always do. `always`: everyone, visitors included,
 * live. `after_vote`: a member once they have voted (visitors cannot vote: they wait for the close).
 * `after_close`: everyone once the poll is closed.
 */
export const ResultsVisibility = z.enum(['always', 'after_vote', 'after_close']);
export type ResultsVisibility = z.infer<typeof ResultsVisibility>;

/** Majority judgement grades, worst to best (Balinski & Laraki's six-level scale, in French). */
export const majorityGradeLabels = ['À rejeter', 'Insuffisant', 'Passable', 'Assez bien', 'Bien', 'Excellent'] as const;
export const MajorityGrade = z.number().int().min(0).max(majorityGradeLabels.length - 1);

export const pollOptionsMin = 2;
export const pollOptionsMax = 20;

export const PollErrorCode = {
  suspended: 'suspended',
  pollNotDraft: 'poll_not_draft',
  pollNotOpen: 'poll_not_open',
  pollAlreadyClosed: 'poll_already_closed',
  unknownOption: 'unknown_option',
  tooManyChoices: 'too_many_choices',
  missingGrades: 'missing_grades',
  wrongBallotKind: 'wrong_ballot_kind',
  invalidSchedule: 'invalid_schedule',
  invalidMaxChoices: 'invalid_max_choices',
} as const;

const EntityId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Slug = z.string().trim().min(1).max(200);
const DateTime = z.iso.datetime({ offset: true });

const OptionLabel = z.string().trim().min(1).max(200);
/** 2–20 trimmed, non-empty labels; two labels differing only by case or spacing count as duplicates. */
export const PollOptionsInput = z
  .array(z.object({ label: OptionLabel }).strict())
  .min(pollOptionsMin)
  .max(pollOptionsMax)
  .superRefine((options, issue) => {
    const seen = new Set<string>();
    options.forEach((o, i) => {
      const key = o.label.toLocaleLowerCase('fr').replace(/\s+/g, ' ');
      if (seen.has(key)) issue.addIssue({ code: 'custom', path: [i, 'label'], message: 'duplicate option label' });
      seen.add(key);
    });
  });

const PollSettings = z.object({
  question: z.string().trim().min(1).max(500),
  method: PollMethod,
  options: PollOptionsInput,
  maxChoices: z.number().int().min(1).max(pollOptionsMax).nullable(),
  anonymous: z.boolean(),
  resultsVisibility: ResultsVisibility,
  opensAt: DateTime.nullable(),
  closesAt: DateTime.nullable(),
});

export const CreatePollBody = PollSettings.extend({
  threadId: EntityId.optional(),
  projectSlug: Slug.optional(),
  maxChoices: PollSettings.shape.maxChoices.optional(),
  anonymous: z.boolean().default(true),
  resultsVisibility: ResultsVisibility.default('after_vote'),
  opensAt: DateTime.optional(),
  closesAt: DateTime.optional(),
})
  .strict()
  .refine((b) => b.threadId === undefined || b.projectSlug === undefined, {
    path: ['projectSlug'],
    message: 'a poll belongs to a thread or to a project, not both',
  });
export type CreatePollBody = z.infer<typeof CreatePollBody>;

/** Any subset of the settings; rules that span fields (dates, maxChoices) are checked on the merged poll. */
export const UpdatePollBody = PollSettings.partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to update' });
export type UpdatePollBody = z.infer<typeof UpdatePollBody>;

const OptionIdKey = z.string().regex(/^[1-9]\d{0,15}$/, 'expected an option id');
/** `{optionIds}` for single and multiple polls, `{grades: {optionId: grade}}` for majority judgement. */
export const BallotBody = z
  .object({
    optionIds: z
      .array(EntityId)
      .min(1)
      .max(pollOptionsMax)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'an option is chosen twice' })
      .optional(),
    grades: z
      .record(OptionIdKey, MajorityGrade)
      .refine((g) => Object.keys(g).length >= 1 && Object.keys(g).length <= pollOptionsMax, {
        message: `grade between 1 and ${pollOptionsMax} options`,
      })
      .optional(),
  })
  .strict()
  .refine((b) => (b.optionIds === undefined) !== (b.grades === undefined), {
    path: ['optionIds'],
    message: 'send either optionIds or grades',
  });
export type BallotBody = z.infer<typeof BallotBody>;

export const PollListQuery = PageQuery.extend({
  threadId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  projectSlug: Slug.optional(),
  status: PollStatus.optional(),
});
export type PollListQuery = z.infer<typeof PollListQuery>;

const PersonRef = z.object({ id: z.number().int(), displayName: z.string() });

export const PollOption = z.object({ id: z.number().int(), label: z.string(), position: z.number().int() });
export type PollOption = z.infer<typeof PollOption>;

/** `rank` 1 is the winner; options that tie share a rank. */
export const ChoiceTally = z.object({
  optionId: z.number().int(),
  votes: z.number().int(),
  share: z.number().describe('votes / ballots, 0..1'),
  rank: z.number().int(),
});
export const GradeTally = z.object({
  optionId: z.number().int(),
  majorityGrade: MajorityGrade.nullable().describe('the lower median grade; null before any ballot'),
  gradeCounts: z.array(z.number().int()).length(majorityGradeLabels.length).describe('index = grade'),
  shareAbove: z.number().describe('share of grades above the majority grade'),
  shareBelow: z.number().describe('share of grades below the majority grade'),
  rank: z.number().int(),
});

export const BallotChoices = z.object({
  optionIds: z.array(z.number().int()),
  grades: z.record(z.string(), MajorityGrade).nullable(),
});
export type BallotChoices = z.infer<typeof BallotChoices>;

export const PollResults = z.object({
  ballotCount: z.number().int(),
  choices: z.array(ChoiceTally).nullable().describe('single and multiple polls'),
  grades: z.array(GradeTally).nullable().describe('majority judgement polls'),
  /** Named polls only: who voted what. Never present on an anonymous poll. */
  voters: z.array(BallotChoices.extend({ voter: PersonRef })).nullable(),
});
export type PollResults = z.infer<typeof PollResults>;

export const PollSummary = z.object({
  id: z.number().int(),
  question: z.string(),
  method: PollMethod,
  maxChoices: z.number().int().nullable(),
  anonymous: z.boolean(),
  resultsVisibility: ResultsVisibility,
  status: PollStatus,
  opensAt: Timestamp.nullable(),
  closesAt: Timestamp.nullable(),
  threadId: z.number().int().nullable(),
  projectId: z.number().int().nullable(),
  creator: PersonRef.nullable(),
  ballotCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PollSummary = z.infer<typeof PollSummary>;

export const Poll = PollSummary.extend({
  options: z.array(PollOption),
  results: PollResults.nullable().describe('null while the caller may not see them'),
  myBallot: BallotChoices.nullable(),
});
export type Poll = z.infer<typeof Poll>;

export const PollPage = pageOf(PollSummary);

/** The pub/sub topic of a poll: `poll.updated` (see ws.ts) goes out on it after a ballot, an open or a close. */
export const pollTopic = (pollId: number) => `poll:${pollId}`;
