import type { PersonalDataSection } from '../../platform/personal-data';
import { listUserSessions } from './refresh-store';

export const sessionsPersonalData: PersonalDataSection = {
  name: 'sessions',
  export: (tx, owner) => listUserSessions(tx, owner.userId),
  erase: async () => undefined, // the accounts service deletes every refresh token itself
};
