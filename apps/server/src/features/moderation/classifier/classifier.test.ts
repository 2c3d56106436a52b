import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  createClassifier,
  createRulesClassifier,
  FLAG_THRESHOLD,
  HIDE_THRESHOLD,
  type Category,
  type ClassifierResult,
} from './index.js';

const classifier = createRulesClassifier();

function spanTexts(text: string, result: ClassifierResult, category?: Category): string[] {
  return result.spans.filter((s) => !category || s.category === category).map((s) => text.slice(s.start, s.end));
}

describe('disguised insults are caught, with spans on the original text', () => {
  const cases: [label: string, text: string, expectedSpan: string][] = [
    ['leet-speak', "t'es un c0nn4rd", 'c0nn4rd'],
    ['leet with symbols', 'ur a dumb b!tch', 'b!tch'],
    ['spaced letters', 'espèce de c o n n a r d !', 'c o n n a r d'],
    ['dotted letters', 'c.o.n.n.a.r.d', 'c.o.n.n.a.r.d'],
    ['Cyrillic look-alikes', 'sale сonnаrd', 'сonnаrd'],
    ['fullwidth letters', 'Tu es un ｃｏｎｎａｒｄ', 'ｃｏｎｎａｒｄ'],
    ['stretched letters', 'connnnnaaaaard va', 'connnnnaaaaard'],
    ['extra accents', 'cônnârd', 'cônnârd'],
    ['zero-width space inside the word', 'con\u200Bnard', 'con\u200Bnard'],
    ['wildcard', 'you f*cking 1d10t', '1d10t'],
    ['spaced English', 'what an a s s h o l e', 'a s s h o l e'],
  ];
  for (const [label, text, expectedSpan] of cases) {
    it(`flags ${label}: ${JSON.stringify(text)}`, () => {
      const result = classifier.score(text);
      expect(result.scores.insult).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
      // A span may cover the whole frame ("ur a dumb b!tch"): it must contain the disguised word as typed.
      expect(spanTexts(text, result, 'insult').some((s) => s.includes(expectedSpan))).toBe(true);
    });
  }

  it('keeps offsets right after emoji (surrogate pairs) and characters that expand when normalised', () => {
    const text = '🌱🌱 ﬁne day… t’es un ｃ０ｎｎａｒｄ 🌱';
    const result = classifier.score(text);
    expect(spanTexts(text, result, 'insult')).toEqual(['ｃ０ｎｎａｒｄ']);
  });

  it('catches disguised threats, harassment and sexual harassment too', () => {
    expect(classifier.score('j vais te d3fonc3r').scores.threat).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
    expect(classifier.score('i will kiiiiill you').scores.threat).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
    expect(classifier.score('k y s').scores.harassment).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
    expect(classifier.score('f3rme ta gueul3').scores.harassment).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
    expect(classifier.score('suce ma b1te').scores.sexual_harassment).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
  });

  it('puts a direct strong insult at the hide level', () => {
    expect(classifier.score('T’es vraiment un gros connard.').max).toBeGreaterThanOrEqual(HIDE_THRESHOLD);
    expect(classifier.score('You are a fucking asshole').max).toBeGreaterThanOrEqual(HIDE_THRESHOLD);
  });
});

describe("the community's ordinary words are not flagged", () => {
  const ordinary = [
    'On étale le fumier composté samedi, qui vient avec une brouette ?',
    "Le purin d'ortie a bien fermenté, ça pue mais les tomates adorent.",
    'Il nous faut des bouses fraîches pour la préparation 500 et une corne de vache.',
    'La traite est décalée à 6h30 demain.',
    'La saillie de la jument est prévue mardi, la vache a vêlé cette nuit.',
    'Le compost est trop humide, rajoute du crottin de cheval et de la paille.',
    'On épand le lisier après la pluie.',
    'Rudolf Steiner et la biodynamie : on en débat jeudi au conseil, le contrat de fermage aussi.',
    'C’est con, j’ai oublié les graines à la maison.',
    'La salopette de Paul est restée dans la serre.',
    'Je vais tuer les limaces une par une ce soir.',
    'Je vais te retrouver au marché vers 10h avec les plants.',
    'The bitch whelped seven puppies last night, breeding notes are in the log.',
    'Dick from the water board joins Thursday’s meeting.',
    'Great tits are nesting in the box, and the cock crows at 4am.',
    'Once you prick out the seedlings, water them from below.',
    'Pussy willow cuttings root easily; our hoe snapped again.',
    'Les pucerons noirs sont des parasites, traitez au savon noir.',
    'Visitors from abroad and refugee families are welcome at the Sunday meal.',
    'Ce manche de pioche est cassé, et ce parasite de la vigne revient chaque été.',
    "That's a toad, not a frog, and the old donkey is a stubborn ass.",
    'Le nain de jardin est tombé dans la mare ; ce putain de tracteur est encore en panne.',
  ];
  for (const text of ordinary) {
    it(`leaves alone: ${text}`, () => {
      const result = classifier.score(text);
      expect(result.max).toBeLessThan(FLAG_THRESHOLD);
      expect(result.spans).toEqual([]);
    });
  }
});

describe('quotations, negations and reported speech score low while the same words used directly score high', () => {
  const pairs: [mentioned: string, used: string][] = [
    ["il ne faut pas dire 'connard'", 'connard'],
    ["don't call people idiots", 'you idiots'],
    ['he called me a bitch, please moderate', 'shut it, bitch'],
    ['quelqu’un a écrit « sale con » dans le fil', 'sale con'],
    ['Someone posted "kill yourself" under her post, I reported it.', 'kill yourself'],
    ["Je ne dis pas que tu es un idiot, je dis que ton calcul est faux.", 'tu es un idiot'],
    ["You're not stupid at all, that's a great idea.", "you're stupid"],
  ];
  for (const [mentioned, used] of pairs) {
    it(`${JSON.stringify(mentioned)} stays well below the flag threshold`, () => {
      expect(classifier.score(mentioned).max).toBeLessThan(FLAG_THRESHOLD * 0.7);
      expect(classifier.score(used).max).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
    });
  }

  it('does not let quotation marks launder an insult the author aims at someone', () => {
    expect(classifier.score('you are a "moron"').scores.insult).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
  });
});

describe('spam', () => {
  it('flags a link flood and points at the links', () => {
    const text = 'http://bit.ly/x1 http://bit.ly/x1 http://bit.ly/x1 http://bit.ly/x1 http://bit.ly/x1';
    const result = classifier.score(text);
    expect(result.scores.spam).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
    expect(spanTexts(text, result, 'spam').join(' ')).toContain('http://bit.ly/x1');
  });

  it('flags repeated text and promotion with a link', () => {
    expect(classifier.score('super offre super offre super offre super offre').scores.spam).toBeGreaterThanOrEqual(
      FLAG_THRESHOLD,
    );
    expect(
      classifier.score('Gagnez de l’argent facile, cliquez ici : http://gain-rapide.biz').scores.spam,
    ).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
  });

  it('does not flag a member sharing three wiki links, a shouted announcement or one promo word', () => {
    for (const text of [
      'Les fiches : https://wiki.egoejo.org/sol https://wiki.egoejo.org/eau https://wiki.egoejo.org/semences',
      'ATTENTION : LA RÉUNION DE JEUDI EST ANNULÉE !!!',
      'Code promo pour la commande groupée : demandez à Élise.',
    ]) {
      expect(classifier.score(text).scores.spam).toBeLessThan(FLAG_THRESHOLD);
    }
  });
});

describe('result shape and selection', () => {
  it('scores every category within 0..1 and keeps spans inside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const r = classifier.score(text);
        for (const c of CATEGORIES) {
          expect(r.scores[c]).toBeGreaterThanOrEqual(0);
          expect(r.scores[c]).toBeLessThanOrEqual(1);
        }
        expect(r.max).toBe(Math.max(...CATEGORIES.map((c) => r.scores[c])));
        for (const s of r.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gets through pathological input (dotted letters, wildcards, spaced letters) and still answers', () => {
    // Guards against patterns that backtrack on repetitive text; no timing is asserted, the test timeout
    // is the bound.
    for (const text of ['a.'.repeat(2000), 'f*ck '.repeat(800), 'a '.repeat(2000), '1!|$ '.repeat(800)]) {
      expect(classifier.score(text).max).toBeGreaterThanOrEqual(0);
    }
  });

  it('creates the rules classifier by default and by name', () => {
    expect(createClassifier().score('connard').scores.insult).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
    expect(createClassifier('rules').score('bonjour').max).toBe(0);
  });

  it('refuses an unknown MODERATION_CLASSIFIER name with a clear message', () => {
    expect(() => createClassifier('bert-large')).toThrow(/Unknown MODERATION_CLASSIFIER "bert-large".*rules/);
  });
});
