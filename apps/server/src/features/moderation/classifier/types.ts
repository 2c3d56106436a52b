/** Categories a classifier scores. The order is the order used in reports. */
export const CATEGORIES = ['insult', 'threat', 'hate', 'harassment', 'sexual_harassment', 'spam'] as const;
export type Category = (typeof CATEGORIES)[number];

export type ClassifierLanguage = 'fr' | 'en';

/** A piece of the ORIGINAL text (UTF-16 offsets, end exclusive) that raised a category's score. */
export interface ClassifierSpan {
  start: number;
  end: number;
  category: Category;
}

export interface ClassifierResult {
  /** 0..1 per category; compare with FLAG_THRESHOLD / HIDE_THRESHOLD. */
  scores: Record<Category, number>;
  /** Why: the spans behind every category score at or above the flag threshold. */
  spans: ClassifierSpan[];
  /** Highest category score. */
  max: number;
}

/**
 * Scores one message. Synchronous and cheap on purpose: it runs on every chat message in the background
 * job, so a replacement (a local neural model, say) must keep the same contract or wrap itself in it.
 */
export interface ToxicityClassifier {
  score(text: string, lang?: ClassifierLanguage): ClassifierResult;
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
