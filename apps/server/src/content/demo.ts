/**
 * Demo content in French for an empty platform: projects, "Racines & Philosophie"
 * concepts, the links between them, and the first chat threads. Pure data; the inserts
 * live with the features that own the tables. Projects carry `createdDaysAgo`, to turn
 * into `now() - interval` at insert time.
 */
export { demoProjects } from './demo-projects.js';
export { demoConcepts } from './demo-concepts.js';
export { demoConceptLinks } from './demo-links.js';
export { demoThreads } from './demo-threads.js';
export type {
  ConceptSource,
  DemoConcept,
  DemoConceptLink,
  DemoMessage,
  DemoProject,
  DemoThread,
  ProjectCategory,
  ProjectLocation,
  ProjectStatus,
} from './types.js';
export { PROJECT_CATEGORIES, PROJECT_STATUSES } from './types.js';
