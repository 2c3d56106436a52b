import type { PersonalDataSection } from '../../platform/personal-data';
import { eraseMediaOfOwner, findMediaOfOwner } from './store';

/** A person's uploaded images: exported as metadata and object keys; erased unless a project shows them. */
export const mediaPersonalData: PersonalDataSection = {
  name: 'media',
  export: async (tx, owner) =>
    (await findMediaOfOwner(tx, owner.userId)).map((m) => ({
      id: m.id,
      sha256: m.sha256,
      bytes: m.bytes,
      width: m.width,
      height: m.height,
      mime: m.mime,
      alt: m.alt,
      projectId: m.project_id,
      objects: Object.fromEntries(Object.entries(m.variants).map(([name, v]) => [name, v.key])),
      createdAt: m.created_at.toISOString(),
    })),
  erase: (tx, owner) => eraseMediaOfOwner(tx, owner.userId),
};
