import type { CharacterTables } from './normalize.js';
import { makeForms } from './token-forms.js';
import type { LexiconWordTest, RawToken } from './tokenize.js';

// Undoing spaced-out and split words ("c o n n a r d", "c.o.n.n.a.r.d", "con-nard"): letters are glued back
// only when they spell a lexicon word, so ordinary short words ("il y a à", "peut-être") stay as they are.

// Separators that may sit between the letters of a spaced-out word: "c o n n a r d", "c.o.n.n.a.r.d".
const SPACED_GAP = /^[ \t.\-_·•,/]{1,3}$/u;
// Single punctuation inside a word, to undo "con-nard", "sal.ope".
const INNER_GAP = /^[.\-_·]$/u;
// Longest spaced-out word glued back; longer runs are checked in pieces.
const MAX_SPACED_WORD = 30;
// Pieces of a spaced-out word are single letters, sometimes pairs ("sh u t up"); never longer.
const MAX_SPACED_PIECE = 2;

export function joinSpacedLetters(
  raws: RawToken[],
  text: string,
  tables: CharacterTables,
  lexicon: LexiconWordTest,
): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  while (i < raws.length) {
    // Collect a run of one- or two-character tokens separated by short gaps, mostly single letters.
    let j = i;
    let singles = 0;
    while (
      j < raws.length &&
      (raws[j] as RawToken).raw.length <= MAX_SPACED_PIECE &&
      (j === i || SPACED_GAP.test(text.slice((raws[j - 1] as RawToken).end, (raws[j] as RawToken).start)))
    ) {
      if ((raws[j] as RawToken).raw.length === 1) singles++;
      j++;
    }
    if (j - i < 3 || singles * 2 < j - i) {
      out.push(raws[i] as RawToken);
      i++;
      continue;
    }
    // Glue the longest piece that spells a lexicon word; leave other letters alone ("il y a à").
    let k = i;
    while (k < j) {
      let raw = '';
      let best = -1;
      for (let end = k; end < j && end - k < MAX_SPACED_WORD; end++) {
        raw += (raws[end] as RawToken).raw;
        const forms = makeForms(raw, tables);
        if (!lexicon.isLexiconPrefix(forms)) break;
        if (end - k >= 2 && lexicon.isLexiconWord(forms)) best = end;
      }
      if (best >= 0) {
        const piece = raws.slice(k, best + 1);
        out.push({
          start: (piece[0] as RawToken).start,
          end: (piece[piece.length - 1] as RawToken).end,
          raw: piece.map((p) => p.raw).join(''),
        });
        k = best + 1;
      } else {
        out.push(raws[k] as RawToken);
        k++;
      }
    }
    i = j;
  }
  return out;
}

export function joinInnerPunctuation(
  raws: RawToken[],
  text: string,
  tables: CharacterTables,
  isLexiconWord: LexiconWordTest['isLexiconWord'],
): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i] as RawToken;
    const b = raws[i + 1];
    if (b && INNER_GAP.test(text.slice(a.end, b.start))) {
      const raw = a.raw + b.raw;
      const partsAreWords = isLexiconWord(makeForms(a.raw, tables)) || isLexiconWord(makeForms(b.raw, tables));
      if (!partsAreWords && isLexiconWord(makeForms(raw, tables))) {
        out.push({ start: a.start, end: b.end, raw });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
