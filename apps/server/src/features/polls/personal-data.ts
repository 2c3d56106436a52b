import type { PersonalDataSection } from '../../platform/personal-data';
import { findBallotsOfVoter } from './store';

/**
 * The person's ballots. Kept at erasure: deleting them would change the tally of closed (and open) polls
 * after the fact. They stay linked to the anonymised user row only, so a named poll then lists the vote
 * under the erased-account name, and an anonymous poll never showed who voted anyway.
 */
export const pollsPersonalData: PersonalDataSection = {
  name: 'pollBallots',
  export: (tx, owner) => findBallotsOfVoter(tx, owner.userId),
  erase: async () => undefined,
};
