/**
 * Deterministic generator of realistic French projects. Project `index` of a `seed` depends
 * on nothing else, so any project can be made on its own and a catalogue of 10,000 is the
 * first 10,000 of a catalogue of 100,000 with the same seed.
 */
import { drawProjectDraft, type ProjectDraft } from './project-draft.js';
import {
  CALL_PARAGRAPHS, DIFFICULTY_PARAGRAPHS, NEXT_STEP_PARAGRAPHS, ORIGIN_PARAGRAPHS, PARTNER_PARAGRAPHS,
  PEOPLE_PARAGRAPHS,
} from './project-paragraphs.js';
import type { ProjectTheme, TextBuilder } from './project-theme.js';
import { mixSeed, Rng, WeightedPicker } from './random.js';
import { slugify } from './slug.js';
import { AGRICULTURE_THEMES } from './themes-agriculture.js';
import { BIODIVERSITY_THEMES, FOOD_THEMES } from './themes-living-food.js';
import { SEED_THEMES, WATER_THEMES } from './themes-seeds-water.js';
import { HABITAT_THEMES, TRANSMISSION_THEMES } from './themes-transmission-habitat.js';
import type { GenerateOptions, GeneratedProject, ProjectLocation, ProjectStatus } from './types.js';

export const PROJECT_THEMES: readonly ProjectTheme[] = [
  ...AGRICULTURE_THEMES,
  ...SEED_THEMES,
  ...WATER_THEMES,
  ...TRANSMISSION_THEMES,
  ...HABITAT_THEMES,
  ...BIODIVERSITY_THEMES,
  ...FOOD_THEMES,
];

const PROJECT_STREAM = 0x50524f4a; // "PROJ": keeps project and concept streams apart for one seed
const MAX_AGE_DAYS = 1800;

const themePicker = new WeightedPicker(PROJECT_THEMES.map((theme) => [theme, theme.weight] as const));
const statusPicker = new WeightedPicker<ProjectStatus>([
  ['active', 55],
  ['completed', 25],
  ['idea', 20],
]);

/** Optional paragraphs, in the order they appear when chosen. */
const OPTIONAL_PARAGRAPH_GROUPS: readonly (readonly TextBuilder[])[] = [
  PEOPLE_PARAGRAPHS,
  PARTNER_PARAGRAPHS,
  DIFFICULTY_PARAGRAPHS,
  NEXT_STEP_PARAGRAPHS,
  CALL_PARAGRAPHS,
];

/** The project at position `index` (0-based) of the catalogue made from `seed`. */
export function generateProjectAt(seed: number, index: number): GeneratedProject {
  const rng = new Rng(mixSeed(seed, index, PROJECT_STREAM));
  const theme = themePicker.pick(rng);
  const draft = drawProjectDraft(rng);
  const title = rng.pick(theme.titles)(draft);
  const summary = rng.pick(theme.summaries)(draft);
  return {
    slug: `${slugify(title)}-${index + 1}`,
    title,
    summary,
    description: writeDescription(theme, draft),
    category: theme.category,
    status: statusPicker.pick(rng),
    location: locate(draft),
    // Squared to make recent projects more common than old ones.
    createdDaysAgo: Math.floor(rng.next() ** 2 * MAX_AGE_DAYS),
  };
}

/** Projects 0 … count-1 of `seed`, made one at a time. */
export function* generateProjects({ count, seed }: GenerateOptions): Generator<GeneratedProject, void, undefined> {
  for (let index = 0; index < count; index++) {
    yield generateProjectAt(seed, index);
  }
}

function writeDescription(theme: ProjectTheme, draft: ProjectDraft): string {
  const { rng } = draft;
  const paragraphCount = rng.int(3, 6);
  const workCount = paragraphCount >= 4 ? Math.min(2, theme.work.length) : 1;
  const builders: TextBuilder[] = [rng.pick(ORIGIN_PARAGRAPHS), ...rng.pickDistinct(theme.work, workCount)];
  const groups = rng
    .pickDistinct(OPTIONAL_PARAGRAPH_GROUPS, paragraphCount - builders.length)
    .sort((a, b) => OPTIONAL_PARAGRAPH_GROUPS.indexOf(a) - OPTIONAL_PARAGRAPH_GROUPS.indexOf(b));
  for (const group of groups) builders.push(rng.pick(group));
  return builders.map((build) => build(draft)).join('\n\n');
}

function locate(draft: ProjectDraft): ProjectLocation {
  const { rng, town } = draft;
  const name = `${town.name} (${town.department})`;
  if (rng.chance(0.08)) return { name };
  const jitter = (): number => (rng.next() - 0.5) * 0.08;
  return {
    name,
    lat: Math.round((town.lat + jitter()) * 1e4) / 1e4,
    lng: Math.round((town.lng + jitter()) * 1e4) / 1e4,
  };
}
