import type { PersonalDataSection } from '../../platform/personal-data';
import { deleteUnpublishedByAuthor, findProjectsByAuthor } from './store';

/**
 * Projects a person wrote. Published ones belong to the community and stay (the author shows under the
 * anonymised name the accounts erasure sets); unpublished proposals are deleted with the account.
 */
export const projectsPersonalData: PersonalDataSection = {
  name: 'projects',
  export: (tx, owner) => findProjectsByAuthor(tx, owner.userId),
  erase: async (tx, owner) => {
    await deleteUnpublishedByAuthor(tx, owner.userId);
  },
};
