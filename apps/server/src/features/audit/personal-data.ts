import type { PersonalDataSection } from '../../platform/personal-data';
import { findAuditEventsOfActor } from './store';

/** The security events of the person's own account. Kept at erasure (the actor row is anonymised instead). */
export const auditPersonalData: PersonalDataSection = {
  name: 'securityEvents',
  export: (tx, owner) => findAuditEventsOfActor(tx, owner.userId),
  erase: async () => undefined,
};
