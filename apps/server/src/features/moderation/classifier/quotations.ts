/**
 * Marks which characters of the normalised text sit inside a quotation, so that an insult that is quoted
 * ("il ne faut pas dire « connard »", `someone posted "kill yourself"`) can be told from one that is used.
 * Returns, per character, the quotation number or -1. Unclosed quotes mark nothing: a stray quote mark must
 * not switch off detection for the rest of a message.
 */
const QUOTE_CHARS = new Set(['"', '«', '»', '“', '”', '„', "'", '\n']);

export function findQuotations(text: string): Int32Array {
  const quoteOf = new Int32Array(text.length).fill(-1);
  let openChar = '';
  let openAt = -1;
  let next = 0;
  const close = (at: number): void => {
    quoteOf.fill(next, openAt + 1, at);
    next++;
    openChar = '';
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast skip: letters, digits and spaces are never quote marks.
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 32) continue;
    const c = text[i] ?? '';
    if (!QUOTE_CHARS.has(c)) continue;
    const before = i > 0 ? (text[i - 1] ?? '') : ' ';
    const after = i + 1 < text.length ? (text[i + 1] ?? '') : ' ';
    if (openChar === '') {
      if (c === '"' || c === '«' || c === '“' || c === '„') {
        openChar = c;
        openAt = i;
      } else if (c === "'" && /[\s([:]/u.test(before) && !/\s/u.test(after)) {
        // An apostrophe after a letter is an elision (l'idiot, don't), not a quote.
        openChar = c;
        openAt = i;
      }
      continue;
    }
    if (c === '\n' && openChar === "'") {
      // Single quotes do not run across lines; that was an apostrophe after all.
      openChar = '';
      openAt = -1;
      continue;
    }
    const closes =
      (openChar === '"' && c === '"') ||
      (openChar === '«' && c === '»') ||
      ((openChar === '“' || openChar === '„') && (c === '”' || c === '“')) ||
      (openChar === "'" && c === "'" && !/\s/u.test(before) && !/\p{L}/u.test(after));
    if (closes) close(i);
  }
  return quoteOf;
}
