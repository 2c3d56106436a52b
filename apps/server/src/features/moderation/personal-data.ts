import type { PersonalDataSection } from '../../platform/personal-data';
import { deleteOutboxMailTo } from './mail-store';
import { anonymiseReportsOf, eraseContentOfAuthor, findItemsAboutAuthor, findReportsBy } from './store';

/**
 * A person's reports (private: anonymised, so that a hidden target stays explained) and the moderation
 * of their own content (the copied text goes; the decision record stays, without it).
 */
export const moderationPersonalData: PersonalDataSection = {
  name: 'moderation',
  export: async (tx, owner) => ({
    reports: await findReportsBy(tx, owner.userId),
    moderatedContent: await findItemsAboutAuthor(tx, owner.userId),
  }),
  erase: async (tx, owner) => {
    await anonymiseReportsOf(tx, owner.userId);
    await eraseContentOfAuthor(tx, owner.userId);
    await deleteOutboxMailTo(tx, owner.email);
  },
};
