import { createRulesClassifier } from './rules-classifier.js';
import type { ToxicityClassifier } from './types.js';

export { createRulesClassifier } from './rules-classifier.js';
export { FLAG_THRESHOLD, HIDE_THRESHOLD } from './thresholds.js';
export * from './types.js';

/**
 * Classifiers selectable with MODERATION_CLASSIFIER. A later neural model registers here under its own
 * name; the moderation job only ever sees the ToxicityClassifier interface.
 */
const FACTORIES: Readonly<Record<string, () => ToxicityClassifier>> = {
  rules: createRulesClassifier,
};

export const DEFAULT_CLASSIFIER = 'rules';

export function createClassifier(name: string = DEFAULT_CLASSIFIER): ToxicityClassifier {
  const factory = Object.hasOwn(FACTORIES, name) ? FACTORIES[name] : undefined;
  if (!factory) {
    throw new Error(
      `Unknown MODERATION_CLASSIFIER "${name}": expected one of ${Object.keys(FACTORIES).join(', ')}`,
    );
  }
  return factory();
}
