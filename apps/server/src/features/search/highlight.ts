import { fold } from './query';

export type Range = [number, number];

/** The folded text and, for each folded character, the offset of the original character it came from. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    // ASCII folds by lower-casing; only other characters need the (slow) Unicode decomposition.
    const part = char.charCodeAt(0) < 128 ? char.toLowerCase() : fold(char);
    for (let i = 0; i < part.length; i++) offsets.push(index);
    folded += part;
    index += char.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

/** Where the terms start a word of `text` (accents and case ignored), merged, in original offsets. */
export function matchRanges(text: string, terms: string[]): Range[] {
  const { folded, offsets } = foldWithOffsets(text);
  const found: Range[] = [];
  for (const term of new Set(terms.map(fold).filter((t) => t.length >= 2))) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (isWordChar(folded[at - 1])) continue;
      found.push([offsets[at] ?? 0, offsets[at + term.length] ?? text.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

const snippetLength = 180;

/**
 * A short extract for a result: the summary when it mentions a term, otherwise the passage of the
 * description around the first term, otherwise the start of the summary (or description).
 */
export function snippetOf(summary: string, description: string, terms: string[]): { snippet: string; ranges: Range[] } {
  const texts = [flatten(summary), flatten(description)];
  const source = texts.find((text) => matchRanges(text, terms).length > 0);
  let snippet: string;
  if (source === undefined) {
    snippet = clip(texts[0] || texts[1] || '', 0);
  } else {
    const first = matchRanges(source, terms)[0]?.[0] ?? 0;
    snippet = clip(source, source.length <= snippetLength ? 0 : Math.max(0, first - 60));
  }
  return { snippet, ranges: matchRanges(snippet, terms) };
}

const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();

function clip(flat: string, start: number): string {
  if (flat.length <= snippetLength && start === 0) return flat;
  // Start and end on word boundaries so that no word is cut in two.
  let from = start === 0 ? 0 : flat.indexOf(' ', start) + 1;
  if (from <= 0) from = start;
  let to = Math.min(flat.length, from + snippetLength);
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  return `${from > 0 ? '… ' : ''}${flat.slice(from, to)}${to < flat.length ? ' …' : ''}`;
}
