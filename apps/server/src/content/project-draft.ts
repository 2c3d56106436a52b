/**
 * The facts one generated project is written from (place, people, crops…), drawn once
 * so that its title, summary and description tell the same story.
 */
import { PURPOSES, type FarmKind, type FruitTree, type Livestock, type Pays, type Town, type Waterwork, type Adjective, PAYS } from './vocabulary.js';
import { joinFrench } from './french.js';
import type { Rng } from './random.js';
import type { ProjectCategory } from './types.js';
import { WORDS } from './word-pickers.js';

export interface ProjectDraft {
  readonly rng: Rng;
  readonly town: Town;
  readonly pays: Pays;
  readonly hamlet: string;
  readonly farmPlace: string;
  readonly farmKind: FarmKind;
  readonly founders: readonly string[];
  readonly organisation: string;
  readonly partner: string;
  readonly vegetable: string;
  readonly otherVegetable: string;
  readonly grain: string;
  readonly cereal: string;
  readonly fruitTree: FruitTree;
  readonly livestock: Livestock;
  readonly waterwork: Waterwork;
  readonly farmPractice: string;
  readonly adjective: Adjective;
  readonly soil: string;
  readonly site: string;
  readonly hectares: number;
  readonly volunteers: number;
  readonly startYear: number;
}

/** Year the generated catalogue is written from (fixed, so output does not depend on the clock). */
export const REFERENCE_YEAR = 2026;

export function drawProjectDraft(rng: Rng): ProjectDraft {
  const town = WORDS.town.pick(rng);
  const vegetable = WORDS.vegetable.pick(rng);
  let otherVegetable = WORDS.vegetable.pick(rng);
  if (otherVegetable === vegetable) otherVegetable = vegetable === 'courges' ? 'haricots' : 'courges';
  const organisation = WORDS.organisation.pick(rng);
  let partner = WORDS.organisation.pick(rng);
  if (partner === organisation) partner = organisation === 'la commune' ? 'Terre de Liens' : 'la commune';
  const founderCount = rng.chance(0.35) ? 1 : rng.chance(0.8) ? 2 : 3;
  const founders: string[] = [];
  while (founders.length < founderCount) {
    const name = WORDS.firstName.pick(rng);
    if (!founders.includes(name)) founders.push(name);
  }
  return {
    rng,
    town,
    pays: PAYS[town.pays],
    hamlet: WORDS.hamlet.pick(rng),
    farmPlace: WORDS.farmPlace.pick(rng),
    farmKind: WORDS.farmKind.pick(rng),
    founders,
    organisation,
    partner,
    vegetable,
    otherVegetable,
    grain: WORDS.grain.pick(rng),
    cereal: WORDS.cereal.pick(rng),
    fruitTree: WORDS.fruitTree.pick(rng),
    livestock: WORDS.livestock.pick(rng),
    waterwork: WORDS.waterwork.pick(rng),
    farmPractice: WORDS.farmPractice.pick(rng),
    adjective: WORDS.adjective.pick(rng),
    soil: rng.pick(WORDS.soils),
    site: rng.pick(WORDS.sites),
    hectares: rng.int(1, 40),
    volunteers: rng.int(4, 60),
    startYear: REFERENCE_YEAR - rng.int(1, 30),
  };
}

/** "Léa", "Léa et Karim", "Léa, Karim et Odile". */
export function founderNames(draft: ProjectDraft): string {
  return joinFrench(draft.founders);
}

/** Picks the verb form that agrees with the founders: `agree(d, 'a', 'ont')`. */
export function agree(draft: ProjectDraft, singular: string, plural: string): string {
  return draft.founders.length > 1 ? plural : singular;
}

export function purpose(draft: ProjectDraft, category: ProjectCategory): string {
  return draft.rng.pick(PURPOSES[category]);
}
