import { FLAG_THRESHOLD } from '../classifier/thresholds.js';
import { CATEGORIES, type Category, type ClassifierResult } from '../classifier/types.js';
import type { Example } from './dataset.js';

export interface Scored {
  example: Example;
  result: ClassifierResult;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Rates extends Counts {
  precision: number | null;
  recall: number | null;
  fpr: number | null;
}

/** "Toxic" = any label; predicted toxic = max score at or above the flag threshold. */
export function overallRates(items: readonly Scored[]): Rates {
  return rates(items, (s) => s.example.labels.length > 0, (s) => s.result.max >= FLAG_THRESHOLD);
}

/** Per category: labelled with it vs that category's own score at or above the flag threshold. */
export function categoryRates(items: readonly Scored[], category: Category): Rates {
  return rates(
    items,
    (s) => s.example.labels.includes(category),
    (s) => s.result.scores[category] >= FLAG_THRESHOLD,
  );
}

export function rates(
  items: readonly Scored[],
  actual: (s: Scored) => boolean,
  predicted: (s: Scored) => boolean,
): Rates {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of items) {
    const a = actual(s);
    const p = predicted(s);
    if (a && p) c.tp++;
    else if (!a && p) c.fp++;
    else if (a && !p) c.fn++;
    else c.tn++;
  }
  return {
    ...c,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    fpr: ratio(c.fp, c.fp + c.tn),
  };
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export { CATEGORIES };
