import { z } from 'zod';
import { readDataFile } from './data-files.js';

/**
 * Text after normalisation, one entry per UTF-16 unit of `text`, with the range of the ORIGINAL text each
 * unit came from. Every later stage works on `text` and reports offsets through `origStart`/`origEnd`, so
 * spans shown to moderators always point into what the author actually typed.
 */
export interface NormalizedText {
  readonly text: string;
  readonly origStart: Int32Array;
  readonly origEnd: Int32Array;
}

const characterTablesSchema = z.object({
  confusables: z.record(z.string(), z.string()),
  leet: z.record(z.string(), z.array(z.string().length(1)).min(1)),
  wildcard: z.array(z.string().length(1)),
});
export type CharacterTables = z.infer<typeof characterTablesSchema>;

export function loadCharacterTables(): CharacterTables {
  return readDataFile('characters.json', characterTablesSchema);
}

// Invisible characters used to split a word without showing it (zero-width space and joiners, soft
// hyphen, word joiner, BOM, variation selectors, combining grapheme joiner): dropped, not separators.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xe0100, 0xe01ef],
];
const isInvisible = (cp: number): boolean => INVISIBLE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
const COMBINING_MARK = /\p{M}/gu;


function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Most chat messages are plain ASCII: lower-casing is then the whole normalisation, one unit per unit.
function normalizeAscii(original: string): NormalizedText {
  const n = original.length;
  const origStart = new Int32Array(n);
  const origEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    origStart[i] = i;
    origEnd[i] = i + 1;
  }
  return { text: original.toLowerCase(), origStart, origEnd };
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

export class Normalizer {
  // Per code point cache: chat text repeats the same few hundred characters, and String.normalize is
  // the expensive step, so each non-ASCII code point is decomposed once per process.
  private readonly cache = new Map<number, string>();

  constructor(private readonly tables: CharacterTables) {}

  normalize(original: string): NormalizedText {
    if (isAscii(original)) return normalizeAscii(original);
    // Mapped text is at most a few units longer than the original (ligatures, "ß" → "ss"); grow if needed.
    let starts: Int32Array<ArrayBuffer> = new Int32Array(original.length + 16);
    let ends: Int32Array<ArrayBuffer> = new Int32Array(original.length + 16);
    let text = '';
    let n = 0;
    for (let i = 0; i < original.length; ) {
      const cp = original.codePointAt(i) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      const mapped = this.mapCodePoint(cp);
      if (n + mapped.length > starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      for (let k = 0; k < mapped.length; k++) {
        starts[n] = i;
        ends[n] = i + width;
        n++;
      }
      text += mapped;
      i += width;
    }
    return { text, origStart: starts.subarray(0, n), origEnd: ends.subarray(0, n) };
  }

  private mapCodePoint(cp: number): string {
    if (cp < 0x80) {
      // ASCII fast path: only case folding.
      return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
    }
    const cached = this.cache.get(cp);
    if (cached !== undefined) return cached;
    const char = String.fromCodePoint(cp);
    let out: string;
    if (isInvisible(cp)) {
      out = '';
    } else {
      // NFKD folds fullwidth, mathematical and circled letters and ligatures to plain letters and splits
      // accents off, which are then dropped: "ｃｏｎｎａｒｄ", "𝐜𝐨𝐧", "connârd" all become "connard".
      const decomposed = char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
      out = '';
      for (const c of decomposed) out += this.tables.confusables[c] ?? c;
    }
    this.cache.set(cp, out);
    return out;
  }
}
