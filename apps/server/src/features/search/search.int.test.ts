import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath } from '@egoejo/contracts';
import { makeModerator, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { makeProject } from '../../../test/project-factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Oldest first: ids follow creation order, and ties are ranked newest first.
  await makeProject(t, { title: 'Biodynamie au Domaine des Tilleuls', summary: 'Préparations biodynamiques et compost.' });
  await makeProject(t, { title: 'Semences Paysannes', summary: 'Une maison des semences dans le Diois.' });
  await makeProject(t, { title: 'Réseau des semences paysannes du Vercors', summary: 'Échanges de graines.' });
  await makeProject(t, { title: 'Eau', summary: 'Un projet au nom très court.' });
  await makeProject(t, { title: "Gestion de l'eau au jardin", summary: 'Récupérer la pluie.' });
  await makeProject(t, { title: 'Château de Bonneval', summary: 'Un lieu sans rapport avec l’eau.' });
  await makeProject(t, {
    title: 'Ferme du Grand Chêne',
    summary: 'Maraîchage diversifié.',
    description: 'Nous cultivons des topinambours et des panais en traction animale.',
  });
  await makeProject(t, { title: 'Remise 100% bio_local', summary: "L'atelier d'O'Neil, chemin C:\\\\champs, regex .* et autres signes." });
  await makeProject(t, { title: 'Verger caché', summary: 'Non publié.', published: false });
  const moderator = await makeModerator(t);
  await t.app.inject({
    method: 'POST',
    url: ApiPath.concepts,
    headers: moderator.auth,
    remoteAddress: uniqueIp(),
    payload: { title: 'Biodynamie', summary: 'Agriculture issue des cours de Rudolf Steiner (1924).', era: '1924' },
  });
}, 120_000);
afterAll(() => t.close());

interface Item {
  kind: string;
  title: string;
  snippet: string;
  matches: { title: [number, number][]; snippet: [number, number][] };
}
const searchFor = async (q: string, extra = '') => {
  const reply = await t.app.inject({ method: 'GET', url: `${ApiPath.search}?q=${encodeURIComponent(q)}${extra}` });
  expect(reply.statusCode).toBe(200);
  return reply.json().items as Item[];
};
const titles = (items: Item[]) => items.map((i) => i.title);

describe('search quality', () => {
  it('finds "Biodynamie" from the typo "biodinamie"', async () => {
    const items = await searchFor('biodinamie');
    expect(titles(items)).toEqual(expect.arrayContaining(['Biodynamie', 'Biodynamie au Domaine des Tilleuls']));
    expect(items[0]).toMatchObject({ kind: 'concept', title: 'Biodynamie' });
  });

  it('ranks the exact title first, then titles that start with it, case and accents ignored', async () => {
    const items = await searchFor('semences paysannes', '&kind=projects');
    expect(titles(items).slice(0, 2)).toEqual(['Semences Paysannes', 'Réseau des semences paysannes du Vercors']);
    expect(items[0]!.matches.title).toEqual([[0, 18]]);
  });

  it('finds the three-letter "eau": exact title first, then the word in a title, then text', async () => {
    const items = await searchFor('eau', '&kind=projects');
    expect(titles(items).slice(0, 2)).toEqual(['Eau', "Gestion de l'eau au jardin"]);
    // "Château" contains the letters but not the word: it must not outrank the word.
    expect(titles(items).indexOf('Château de Bonneval')).toBeGreaterThan(1);
  });

  it('ignores accents typed or missing', async () => {
    expect(titles(await searchFor('ferme du grand chene'))).toContain('Ferme du Grand Chêne');
    expect(titles(await searchFor('RÉSEAU'))).toContain('Réseau des semences paysannes du Vercors');
  });

  it('finds words of the description, with a snippet around them and the ranges to highlight', async () => {
    const items = await searchFor('topinambour');
    expect(titles(items)).toEqual(['Ferme du Grand Chêne']);
    const { snippet, matches } = items[0]!;
    expect(snippet).toContain('topinambours');
    const [start, end] = matches.snippet[0]!;
    // The corrected word ("topinambours", the word the text has) is highlighted whole.
    expect(snippet.slice(start, end).toLowerCase()).toMatch(/^topinambour/);
  });

  it('corrects a typo in a word of the description', async () => {
    expect(titles(await searchFor('topinanbours'))).toEqual(['Ferme du Grand Chêne']);
  });

  it('never shows unpublished projects', async () => {
    expect(titles(await searchFor('verger caché'))).toEqual([]);
  });

  it('honours kind and limit', async () => {
    expect((await searchFor('biodynamie', '&kind=concepts')).map((i) => i.kind)).toEqual(['concept']);
    expect(await searchFor('semences', '&limit=1')).toHaveLength(1);
  });
});

describe('literal metacharacters', () => {
  it.each(['%', '100%', 'bio_local', "O'Neil", "'; DROP TABLE projects; --", 'C:\\\\champs', '.*', '\\', '%_%', '(((', '[a-z]+'])(
    'searches %s as text, never as a pattern',
    async (q) => {
      const reply = await t.app.inject({ method: 'GET', url: `${ApiPath.search}?q=${encodeURIComponent(`${q} `.repeat(2).trim())}` });
      expect(reply.statusCode).toBe(200);
    },
  );

  it('matches "%" and "_" as themselves, not as wildcards, and ".*" not as a regex', async () => {
    expect(titles(await searchFor('%%'))).toEqual([]);
    expect(titles(await searchFor('100%'))).toEqual(['Remise 100% bio_local']);
    expect(titles(await searchFor('__'))).toEqual([]);
    expect(titles(await searchFor('bio_local'))).toEqual(['Remise 100% bio_local']);
    expect(titles(await searchFor('.*'))).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', '', 'query_too_short'],
    ['one letter after trimming', '  a  ', 'query_too_short'],
    ['201 characters', 'a'.repeat(201), 'query_too_long'],
  ])('refuses a query %s', async (_label, q, code) => {
    const reply = await t.app.inject({ method: 'GET', url: `${ApiPath.search}?q=${encodeURIComponent(q)}` });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.code).toBe(code);
  });

  it.each([
    ['no q', ''],
    ['an unknown kind', '?q=eau&kind=people'],
    ['a limit above 50', '?q=eau&limit=51'],
    ['a limit of 0', '?q=eau&limit=0'],
  ])('refuses %s with 400', async (_label, query) => {
    expect((await t.app.inject({ method: 'GET', url: `${ApiPath.search}${query}` })).statusCode).toBe(400);
  });
});

describe('the original search path', () => {
  it('answers /api/projets/search/?q= with the same projects in the old shape', async () => {
    const reply = await t.app.inject({ method: 'GET', url: `${ApiPath.legacyProjectSearch}?q=biodinamie` });
    expect(reply.statusCode).toBe(200);
    const body = reply.json();
    expect(body).toMatchObject({ count: 1, query: 'biodinamie', results: [{ title: 'Biodynamie au Domaine des Tilleuls' }] });
    const fresh = await searchFor('biodinamie', '&kind=projects');
    expect(body.results.map((p: { id: number }) => p.id)).toEqual(fresh.map((i) => (i as unknown as { id: number }).id));
  });

  it('keeps the old 400 for a short query', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${ApiPath.legacyProjectSearch}?q=a` })).statusCode).toBe(400);
  });
});

describe('indexes', () => {
  const indexNames = async () =>
    (await sql<{ indexname: string }>`SELECT indexname FROM pg_indexes WHERE tablename IN ('projects', 'concepts', 'search_words')`.execute(t.db)).rows.map(
      (r) => r.indexname,
    );

  it('has the trigram and full-text GIN indexes', async () => {
    expect(await indexNames()).toEqual(
      expect.arrayContaining(['projects_title_trgm_idx', 'projects_search_vector_idx', 'concepts_title_trgm_idx', 'search_words_trgm_idx']),
    );
  });
});
