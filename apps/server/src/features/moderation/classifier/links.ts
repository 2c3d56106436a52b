import type { NormalizedText } from './normalize.js';
import type { UrlMatch } from './tokenize.js';

// Links are found without one big regular expression: such a pattern backtracks badly on text like
// "a.a.a.a…" (seconds on a long message). Each space-delimited chunk holding a dot is trimmed and tested with
// anchored, unambiguous patterns, which is linear.
const SCHEME_URL = /^(?:https?:\/\/|www\.)[^\s<>"«»“”]+/u;
const BARE_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"«»“”]*)?/u;
const LEADING_URL_PUNCT = /^[(<["'«“]+/u;
const TRAILING_URL_PUNCT = /[.,;:!?)\]'>»”"]+$/u;
const TOP_LEVEL_DOMAINS = new Set(
  'com net org fr io ly co uk biz info xyz top shop click ru de eu me app site online store link live club win bid loan be ch ca us gl gd at'.split(' '),
);
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/**
 * Finds links, masks them (they are not words) and returns their ranges in the original text. Only chunks
 * between spaces that hold a dot can be links, so the patterns never run over the rest of the message.
 */
export function findLinks(norm: NormalizedText, masked: Uint8Array): UrlMatch[] {
  const urls: UrlMatch[] = [];
  const text = norm.text;
  let dot = text.indexOf('.');
  while (dot >= 0) {
    let start = dot;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = dot;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    const chunk = text.slice(start, end);
    const lead = LEADING_URL_PUNCT.exec(chunk)?.[0].length ?? 0;
    const body = chunk.slice(lead);
    const withScheme = SCHEME_URL.exec(body);
    if (withScheme) addUrl(norm, masked, urls, start + lead, withScheme[0]);
    else {
      // A bare domain must be the whole chunk: "ben.info@gmail.com" is an address, not a link.
      const bare = BARE_DOMAIN.exec(body);
      const host = bare?.[0].split('/')[0] ?? '';
      const whole = bare !== null && bare[0].length === body.replace(TRAILING_URL_PUNCT, '').length;
      if (bare && whole && TOP_LEVEL_DOMAINS.has(host.slice(host.lastIndexOf('.') + 1))) {
        addUrl(norm, masked, urls, start + lead, bare[0]);
      }
    }
    dot = text.indexOf('.', end);
  }
  return urls;
}

function addUrl(norm: NormalizedText, masked: Uint8Array, urls: UrlMatch[], start: number, matched: string): void {
  // An e-mail address is contact information, not a link.
  if (start > 0 && norm.text[start - 1] === '@') return;
  const url = matched.replace(TRAILING_URL_PUNCT, '');
  if (url.length === 0) return;
  const end = start + url.length;
  masked.fill(1, start, end);
  urls.push({ start: norm.origStart[start] ?? 0, end: norm.origEnd[end - 1] ?? 0, url });
}

