/**
 * Deterministic generator of "Racines & Philosophie" concepts for benchmarks and tests.
 * The first concepts of a seed are the base ideas (in an order that depends on the seed),
 * the following ones focus a base idea on one facet ("Bocage : retours de terrain").
 */
import { CONCEPT_FACETS, CONCEPT_SEEDS, type ConceptSeed } from './concept-vocabulary.js';
import { capitalize, joinFrench } from './french.js';
import { mixSeed, Rng, itemAt } from './random.js';
import { slugify } from './slug.js';
import type { GenerateOptions, GeneratedConcept } from './types.js';
import { PAYS, TOWNS } from './vocabulary.js';

const CONCEPT_STREAM = 0x434f4e43; // "CONC"

interface ConceptOrder {
  readonly seeds: readonly ConceptSeed[];
  readonly facets: readonly string[];
}

/** The order of base ideas and facets for one seed. */
function orderFor(seed: number): ConceptOrder {
  const rng = new Rng(mixSeed(seed, CONCEPT_STREAM));
  return {
    seeds: rng.pickDistinct(CONCEPT_SEEDS, CONCEPT_SEEDS.length),
    facets: rng.pickDistinct(CONCEPT_FACETS, CONCEPT_FACETS.length),
  };
}

export function generateConceptAt(seed: number, index: number): GeneratedConcept {
  return writeConcept(orderFor(seed), seed, index);
}

/** Concepts 0 … count-1 of `seed`, made one at a time. */
export function* generateConcepts({ count, seed }: GenerateOptions): Generator<GeneratedConcept, void, undefined> {
  const order = orderFor(seed);
  for (let index = 0; index < count; index++) {
    yield writeConcept(order, seed, index);
  }
}

function writeConcept(order: ConceptOrder, seed: number, index: number): GeneratedConcept {
  const rng = new Rng(mixSeed(seed, index, CONCEPT_STREAM));
  const base = itemAt(order.seeds, index % order.seeds.length);
  const round = Math.floor(index / order.seeds.length);
  const facet = round === 0 ? undefined : itemAt(order.facets, (round - 1 + index) % order.facets.length);
  const title = facet === undefined ? base.title : `${base.title} : ${facet}`;
  const town = rng.pick(TOWNS);
  const paragraphs = [
    base.origin,
    `En pratique, cela veut dire ${joinFrench(base.practices)}. Rien de tout cela ne se décrète : ces gestes s'apprennent sur le terrain, souvent auprès de ceux qui les pratiquent depuis longtemps.`,
    `${capitalize(PAYS[town.pays].in)}, plusieurs projets du collectif s'en inspirent, ${rng.pick([
      'à leur manière et à leur échelle',
      "en adaptant l'idée au climat et aux sols du pays",
      'sans en faire un dogme',
      'en croisant cette approche avec les savoirs locaux',
    ])}. Autour de ${town.name}, on en parle lors des veillées, des chantiers et des journées d'échange.`,
  ];
  if (facet !== undefined) {
    paragraphs.push(
      `Cette page s'attache à un angle particulier : ${facet}. Elle rassemble des retours de terrain, des questions ouvertes et des pistes pour aller plus loin ; elle s'enrichit des contributions des membres.`,
    );
  }
  if (rng.chance(0.6)) {
    paragraphs.push(
      rng.pick([
        "Comme toute idée vivante, celle-ci a ses débats : entre ce qui relève de l'expérience et ce qui demande encore à être mesuré, entre la règle et l'adaptation au lieu. Nous préférons les poser ouvertement.",
        "Ses limites sont réelles, et il serait malhonnête de les taire : le temps de travail, le coût de départ, la difficulté à transmettre un savoir qui tient autant de l'œil que du livre.",
        "Ce qui nous intéresse, au-delà de la technique, c'est la relation qu'elle propose avec le vivant : observer avant d'agir, coopérer plutôt que dominer.",
      ]),
    );
  }
  return {
    slug: `${slugify(title)}-${index + 1}`,
    title,
    summary: base.summary,
    body: paragraphs.join('\n\n'),
    era: base.era,
    sources: [
      {
        label: `Wikipédia : recherche « ${base.title} »`,
        url: `https://fr.wikipedia.org/w/index.php?search=${encodeURIComponent(base.title)}`,
      },
    ],
    tags: facet === undefined ? base.tags : [...base.tags, slugify(facet)],
  };
}
