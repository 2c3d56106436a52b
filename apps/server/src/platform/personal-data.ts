import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';

export interface PersonalDataOwner {
  userId: number;
  email: string;
}

/**
 * What each feature stores about a person, for the export (GDPR portability) and the erasure.
 * Features register their part at start-up; the accounts service runs them all, the erasure in one transaction.
 */
export interface PersonalDataSection {
  name: string;
  export(tx: Transaction<DB>, owner: PersonalDataOwner): Promise<unknown>;
  /** Deletes what is private, anonymises what was shared (so shared threads keep their shape). */
  erase(tx: Transaction<DB>, owner: PersonalDataOwner): Promise<void>;
}

export class PersonalDataRegistry {
  private readonly sections: PersonalDataSection[] = [];

  register(section: PersonalDataSection): void {
    this.sections.push(section);
  }

  async exportAll(tx: Transaction<DB>, owner: PersonalDataOwner): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const section of this.sections) result[section.name] = await section.export(tx, owner);
    return result;
  }

  async eraseAll(tx: Transaction<DB>, owner: PersonalDataOwner): Promise<void> {
    for (const section of this.sections) await section.erase(tx, owner);
  }
}
