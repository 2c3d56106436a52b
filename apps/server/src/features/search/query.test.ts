import { describe, expect, it } from 'vitest';
import { matchRanges, snippetOf } from './highlight';
import { buildTsQuery, escapeLike, escapeRegex, prepareQuery, queryWords } from './query';

describe('query preparation', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('100%_\\')).toBe('100\\%\\_\\\\');
    expect(prepareQuery('a%b').contains).toBe('%a\\%b%');
  });

  it('escapes regex metacharacters', () => {
    expect(new RegExp(escapeRegex('.*(a)[b]+?')).test('.*(a)[b]+?')).toBe(true);
    expect(new RegExp(`^${escapeRegex('.*')}$`).test('anything')).toBe(false);
  });

  it('folds words: accents, case, ligatures, punctuation', () => {
    expect(queryWords("Œuvre de l'ÉCOLE, forêt-jardin !")).toEqual(['oeuvre', 'de', 'ecole', 'foret', 'jardin']);
    expect(queryWords("'; DROP TABLE --")).toEqual(['drop', 'table']);
  });

  it('builds a tsquery of plain words only, prefixes for words of 3 letters or more', () => {
    const corrections = new Map([['biodinamie', ['biodynamie', "x'|y"]]]);
    expect(buildTsQuery(['biodinamie', 'de'], corrections)).toBe('(biodinamie:* | biodynamie) & (de)');
    expect(buildTsQuery([], new Map())).toBeNull();
  });
});

describe('highlighting', () => {
  it('gives ranges in the original text, accents and case ignored, at word starts only', () => {
    expect(matchRanges('Forêt de Château-Eau', ['foret', 'eau'])).toEqual([
      [0, 5],
      [17, 20],
    ]);
  });

  it('keeps offsets right after characters that fold to two letters', () => {
    const text = 'Œuvre des semences';
    const [[start, end]] = matchRanges(text, ['semences']) as [[number, number]];
    expect(text.slice(start, end)).toBe('semences');
  });

  it('takes the snippet from the description around the first match when the summary has none', () => {
    const description = `${'Intro. '.repeat(60)}Nous cultivons des topinambours. ${'Suite. '.repeat(60)}`;
    const { snippet, ranges } = snippetOf('Un résumé.', description, ['topinambours']);
    expect(snippet.startsWith('… ')).toBe(true);
    const [[start, end]] = ranges as [[number, number]];
    expect(snippet.slice(start, end)).toBe('topinambours');
  });
});
