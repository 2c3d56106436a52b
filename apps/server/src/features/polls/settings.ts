import { type PollMethod, PollErrorCode } from '@egoejo/contracts';
import { badRequest } from '../../platform/errors';

export interface PollSettingsInput {
  method: PollMethod;
  optionCount: number;
  maxChoices: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
}

/**
 * Rules that span several fields, checked on the poll as it will be stored (on create, and on the merged
 * poll on edit). `maxChoices` belongs to `multiple` only, where it defaults to "every option".
 */
export function checkPollSettings(input: PollSettingsInput): { maxChoices: number | null; opensAt: Date | null; closesAt: Date | null } {
  let maxChoices: number | null = null;
  if (input.method === 'multiple') {
    maxChoices = input.maxChoices ?? input.optionCount;
    if (maxChoices < 2 || maxChoices > input.optionCount) {
      throw badRequest(PollErrorCode.invalidMaxChoices, 'maxChoices must be between 2 and the number of options.', [
        { field: 'maxChoices', message: `between 2 and ${input.optionCount}` },
      ]);
    }
  } else if (input.maxChoices !== null) {
    throw badRequest(PollErrorCode.invalidMaxChoices, 'maxChoices applies to multiple-choice polls only.', [
      { field: 'maxChoices', message: 'only for the method "multiple"' },
    ]);
  }
  const { opensAt, closesAt } = input;
  if (closesAt && closesAt.getTime() <= Date.now()) {
    throw badRequest(PollErrorCode.invalidSchedule, 'The closing date must be in the future.', [{ field: 'closesAt', message: 'in the past' }]);
  }
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) {
    throw badRequest(PollErrorCode.invalidSchedule, 'The poll must close after it opens.', [{ field: 'closesAt', message: 'not after opensAt' }]);
  }
  return { maxChoices, opensAt, closesAt };
}
