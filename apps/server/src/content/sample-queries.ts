/**
 * Realistic search queries for the search benchmark, tagged by kind. Queries built from a
 * title name the project they should find (`expectedSlug`), taken from the first
 * `projectCount` projects of the generated catalogue, so they exist in any catalogue of
 * at least that size made with the same seed.
 */
import { generateProjectAt } from './project-generator.js';
import { itemAt, mixSeed, Rng, ZipfPicker } from './random.js';
import { stripAccents } from './slug.js';
import { COMMON_QUERY_WORDS, CEREALS, PAYS, VEGETABLES } from './vocabulary.js';
import { WORDS } from './word-pickers.js';

export const QUERY_KINDS = ['exact-title', 'typo', 'no-accents', 'two-words', 'rare-word', 'common-word'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface SampleQuery {
  readonly kind: QueryKind;
  readonly query: string;
  /** The project a good search ranks first (or near the top), for title-based queries. */
  readonly expectedSlug?: string;
}

export interface SampleQueryOptions {
  /** Titles are taken from projects 0 … projectCount-1. Default 10,000. */
  readonly projectCount?: number;
  /** Seed of the catalogue in the database. Default: the query seed. */
  readonly projectSeed?: number;
}

const QUERY_STREAM = 0x51525953; // "QRYS"

/** Pairs people type: a practice and its qualifier, without the little words. */
const TWO_WORD_PHRASES = [
  'jardin partagé', 'semences paysannes', 'haies champêtres', 'sol vivant', 'pierre sèche',
  'zone humide', 'verger conservatoire', 'four pain', 'élevage pastoral', 'moulin coopératif',
  'rucher partagé', 'abeilles noires', 'blés paysans', 'eau pluie', 'compost collectif',
  'pâturage tournant', 'jardin école', 'maison semences', 'forêt comestible', 'greffe pommiers',
] as const;

/** Words that appear in few titles: the tail of the lists, and regional words of some themes. */
const RARE_WORDS: readonly string[] = [
  ...WORDS.town.tail(0.12).map((town) => town.name),
  ...VEGETABLES.slice(-8),
  ...CEREALS.slice(-4),
  'Marthod', 'maraîchines', 'Caussenarde', 'ferrandaises',
  'agouille', 'cormiers',
];

const commonWordPicker = new ZipfPicker(COMMON_QUERY_WORDS, 0.6);

const AZERTY_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'zq', z: 'aes', e: 'zrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'om',
  q: 'asw', s: 'qdz', d: 'sfe', f: 'dgr', g: 'fht', h: 'gjy', j: 'hku', k: 'jli', l: 'kmo', m: 'lp',
  w: 'xq', x: 'wc', c: 'xv', v: 'cb', b: 'vn', n: 'bm',
};

export function sampleQueries(seed: number, n: number, options: SampleQueryOptions = {}): SampleQuery[] {
  const projectCount = options.projectCount ?? 10_000;
  const projectSeed = options.projectSeed ?? seed;
  if (projectCount < 1) throw new RangeError('projectCount must be at least 1');
  const rng = new Rng(mixSeed(seed, QUERY_STREAM));
  const pickProject = () => generateProjectAt(projectSeed, rng.int(0, projectCount - 1));
  const queries: SampleQuery[] = [];
  for (let i = 0; i < n; i++) {
    const kind = itemAt(QUERY_KINDS, i % QUERY_KINDS.length);
    switch (kind) {
      case 'exact-title': {
        const project = pickProject();
        queries.push({ kind, query: project.title, expectedSlug: project.slug });
        break;
      }
      case 'typo': {
        const project = pickProject();
        queries.push({ kind, query: misspell(project.title, rng), expectedSlug: project.slug });
        break;
      }
      case 'no-accents': {
        let project = pickProject();
        for (let attempt = 0; attempt < 20 && stripAccents(project.title) === project.title; attempt++) {
          project = pickProject();
        }
        const plain = stripAccents(project.title);
        queries.push({ kind, query: rng.chance(0.5) ? plain.toLowerCase() : plain, expectedSlug: project.slug });
        break;
      }
      case 'two-words':
        queries.push({ kind, query: twoWords(rng) });
        break;
      case 'rare-word':
        queries.push({ kind, query: rng.pick(RARE_WORDS) });
        break;
      case 'common-word':
        queries.push({ kind, query: commonWordPicker.pick(rng) });
        break;
    }
  }
  return queries;
}

function twoWords(rng: Rng): string {
  const shape = rng.int(0, 2);
  if (shape === 0) return rng.pick(TWO_WORD_PHRASES);
  if (shape === 1) return `${commonWordPicker.pick(rng)} ${WORDS.town.pick(rng).name}`;
  const town = WORDS.town.pick(rng);
  return `${WORDS.vegetable.pick(rng).split(' ')[0] ?? 'tomates'} ${PAYS[town.pays].name.split(' ').pop() ?? town.name}`;
}

/** One typing mistake in a word of five letters or more: swapped, dropped, doubled or neighbouring key. */
export function misspell(text: string, rng: Rng): string {
  const words = text.split(' ');
  const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => /^\p{L}{5,}$/u.test(word));
  const target = candidates.length > 0 ? rng.pick(candidates) : { word: text, index: -1 };
  const letters = Array.from(target.word);
  const position = rng.int(1, Math.max(1, letters.length - 2));
  const letter = letters[position] ?? '';
  const next = letters[position + 1];
  const neighbours = AZERTY_NEIGHBOURS[letter.toLowerCase()];
  const operation = rng.int(0, 3);
  if (operation === 0 && next !== undefined && next !== letter) {
    letters[position] = next;
    letters[position + 1] = letter;
  } else if (operation === 1 || neighbours === undefined) {
    letters.splice(position, 1);
  } else if (operation === 2) {
    letters.splice(position, 0, letter);
  } else {
    letters[position] = neighbours.charAt(rng.int(0, neighbours.length - 1));
  }
  const misspelt = letters.join('');
  if (target.index === -1) return misspelt;
  return words.map((word, index) => (index === target.index ? misspelt : word)).join(' ');
}
