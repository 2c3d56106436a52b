/** A kind of project the generator can write about, with the texts that belong to it. */
import type { ProjectDraft } from './project-draft.js';
import type { ProjectCategory } from './types.js';
import { atName, ofName } from './french.js';

export type TextBuilder = (draft: ProjectDraft) => string;

export interface ProjectTheme {
  readonly key: string;
  readonly category: ProjectCategory;
  /** Relative frequency among generated projects. */
  readonly weight: number;
  readonly titles: readonly TextBuilder[];
  readonly summaries: readonly TextBuilder[];
  /** Paragraphs about the work itself; the generator uses one or two. */
  readonly work: readonly TextBuilder[];
}

/** "à Die", "au Vigan". */
export const atTown = (d: ProjectDraft): string => atName(d.town.name);
/** "de Die", "du Vigan". */
export const ofTown = (d: ProjectDraft): string => ofName(d.town.name);
/** "de Saint-Martin", "des Plantiers". */
export const ofHamlet = (d: ProjectDraft): string => ofName(d.hamlet);
/** "de la Combe", "du Grand Chêne". */
export const ofFarm = (d: ProjectDraft): string => ofName(d.farmPlace);
/** "Ferme de la Combe". */
export const farmName = (d: ProjectDraft): string => `${d.farmKind.name} ${ofName(d.farmPlace)}`;
