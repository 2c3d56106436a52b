import type { PersonalDataSection } from '../../platform/personal-data';
import { findMessagesByAuthor } from './store';

/**
 * A member's chat messages are in their export. At erasure they stay where they are, in other people's
 * conversations, but their author is the anonymised user row (name replaced, email gone): nothing to do here.
 */
export const chatPersonalData: PersonalDataSection = {
  name: 'chatMessages',
  export: (tx, owner) => findMessagesByAuthor(tx, owner.userId),
  erase: async () => undefined,
};
