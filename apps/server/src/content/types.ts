/**
 * Shapes of the content the platform ships with: the demo catalogue written by hand
 * (demo-*.ts) and the generated catalogue used by benchmarks (generator.ts).
 * Pure data types: the inserts that store them live with the features that own the tables.
 */

export const PROJECT_CATEGORIES = [
  'agriculture',
  'semences',
  'eau',
  'transmission',
  'habitat',
  'biodiversite',
  'alimentation',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export const PROJECT_STATUSES = ['idea', 'active', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface ProjectLocation {
  readonly name: string;
  readonly lat?: number;
  readonly lng?: number;
}

export interface DemoProject {
  /** Lower-case, ASCII, words joined by "-". */
  readonly slug: string;
  readonly title: string;
  /** One or two sentences. */
  readonly summary: string;
  /** Three to six paragraphs separated by a blank line; plain text or simple Markdown. */
  readonly description: string;
  readonly category: ProjectCategory;
  readonly status: ProjectStatus;
  readonly location: ProjectLocation;
  /** Age of the project at seeding time; the insert turns it into `created_at = now() - n days`. */
  readonly createdDaysAgo: number;
}

export interface ConceptSource {
  readonly label: string;
  readonly url: string;
}

/** A concept of "Racines & Philosophie". */
export interface DemoConcept {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  /** Several paragraphs separated by a blank line. */
  readonly body: string;
  /** A date or period, free text: "1924", "années 1970". */
  readonly era: string;
  readonly sources: readonly ConceptSource[];
  readonly tags: readonly string[];
}

/** How a concept inspires a project; `label` is one short sentence. */
export interface DemoConceptLink {
  readonly conceptSlug: string;
  readonly projectSlug: string;
  readonly label: string;
}

export interface DemoMessage {
  readonly author: 'demo';
  readonly text: string;
}

export interface DemoThread {
  readonly title: string;
  readonly description: string;
  readonly messages: readonly DemoMessage[];
}

export interface GenerateOptions {
  /** How many items to make. */
  readonly count: number;
  /** Any integer; the same seed always gives the same items. */
  readonly seed: number;
}

/** Generated projects have exactly the shape of the demo ones. */
export type GeneratedProject = DemoProject;
export type GeneratedConcept = DemoConcept;
