import type { PersonalDataSection } from '../../platform/personal-data';
import { deleteIntentsByEmail, findIntentsByEmail } from './store';

/** Join requests are found by email: a person may have sent one before creating an account. */
export const intentsPersonalData: PersonalDataSection = {
  name: 'joinRequests',
  export: (tx, owner) => findIntentsByEmail(tx, owner.email),
  erase: async (tx, owner) => {
    await deleteIntentsByEmail(tx, owner.email);
  },
};
