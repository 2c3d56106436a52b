/** Paragraphs any generated project can use: how it began, who carries it, what it needs. */
import { capitalize, joinFrench, ofName } from './french.js';
import { agree, founderNames } from './project-draft.js';
import { atTown, ofTown, type TextBuilder } from './project-theme.js';

export const ORIGIN_PARAGRAPHS: readonly TextBuilder[] = [
  (d) =>
    `Tout a commencé en ${d.startYear}, quand ${founderNames(d)} ${agree(d, 'a', 'ont')} posé ${agree(d, 'son sac', 'leurs sacs')} ${atTown(d)}, ${d.pays.in}. Les premiers mois ont surtout servi à écouter : les anciens, les voisins, les élus, et le pays lui-même.`,
  (d) =>
    `Le projet est né d'une discussion à la fête du village ${ofTown(d)}, en ${d.startYear}. Quelques voisins se sont rendu compte qu'ils rêvaient de la même chose ; ${founderNames(d)} ${agree(d, 'a', 'ont')} fait le premier pas, les autres ont suivi.`,
  (d) =>
    `Nous sommes ${d.pays.in}, ${d.site}, sur une terre ${d.soil === 'lourd et argileux' ? 'lourde et argileuse' : 'exigeante'} où l'été est de plus en plus sec. Depuis ${d.startYear}, le collectif s'est agrandi : nous étions ${d.founders.length + 2} au départ, nous sommes aujourd'hui ${d.volunteers}.`,
  (d) =>
    `${capitalize(d.pays.in)}, les fermes ferment plus vite qu'elles ne s'installent. C'est ce constat qui a poussé ${founderNames(d)} à agir ${atTown(d)} à partir de ${d.startYear}, avec l'appui ${ofName(d.organisation)}.`,
];

export const PEOPLE_PARAGRAPHS: readonly TextBuilder[] = [
  (d) =>
    `Le projet est porté par ${founderNames(d)}, avec un cercle d'une quinzaine de bénévoles réguliers. Les décisions se prennent en réunion mensuelle, au consentement : on avance quand personne n'a d'objection grave.`,
  (d) =>
    `Autour du noyau de départ gravitent aujourd'hui ${d.volunteers} personnes : voisins, retraités, jeunes en reconversion, familles venues pour les enfants. Chacun donne ce qu'il peut, une heure ou un week-end.`,
  (d) =>
    `Nous venons d'horizons différents : ${joinFrench(d.rng.pickDistinct(['une ancienne infirmière', 'un menuisier', 'deux étudiantes en agronomie', 'un paysan à la retraite', 'une professeure des écoles', 'un informaticien en reconversion', 'une bergère'], 3))}. C'est cette diversité qui fait la force du groupe.`,
];

export const PARTNER_PARAGRAPHS: readonly TextBuilder[] = [
  (d) =>
    `Nous travaillons avec ${d.organisation} et ${d.partner}, qui nous ont aidés à monter le projet et à trouver des financements, modestes mais décisifs.`,
  (d) =>
    `${capitalize(d.organisation)} met à disposition le terrain et un local ; ${d.partner} apporte ses conseils techniques et relaie nos journées ouvertes.`,
  (d) =>
    `Le financement vient pour moitié d'une collecte auprès des habitants, pour le reste ${ofName(d.organisation)} et d'une fondation. Le budget est affiché, ligne par ligne, sur le site du collectif.`,
];

export const DIFFICULTY_PARAGRAPHS: readonly TextBuilder[] = [
  () =>
    `Tout n'a pas été simple. La sécheresse de 2022 nous a fait perdre une bonne partie des plantations, et il a fallu repenser l'arrosage et le paillage. Nous en avons tiré une règle : ne jamais planter plus que ce que l'on peut suivre.`,
  () =>
    `La plus grande difficulté n'est pas technique : c'est de tenir dans la durée, quand l'enthousiasme du début retombe. Nous avons appris à répartir les tâches, à fêter les petites réussites et à accepter que certains partent et que d'autres arrivent.`,
  (d) =>
    `Les démarches administratives ont pris plus de temps que prévu : ${d.rng.pick(['autorisation de travaux', 'convention avec la mairie', "déclaration auprès de la police de l'eau", 'statuts de la coopérative'])}, assurances, comptes. Un bénévole s'y est consacré pendant des mois ; sans lui, rien n'aurait avancé.`,
];

export const NEXT_STEP_PARAGRAPHS: readonly TextBuilder[] = [
  (d) =>
    `Prochaines étapes : ${joinFrench(d.rng.pickDistinct(["finir le chantier avant l'hiver", 'accueillir un stagiaire', 'documenter ce que nous avons appris', 'ouvrir une deuxième parcelle', 'former de nouveaux bénévoles', 'organiser une journée portes ouvertes au printemps'], 3))}.`,
  () =>
    `Nous cherchons maintenant à rendre le projet autonome : qu'il tienne sans subvention, et qu'il puisse continuer si les fondateurs passent la main.`,
  (d) =>
    `Une restitution publique aura lieu à la salle des fêtes ${ofTown(d)} : photos, chiffres, erreurs et réussites, suivie d'une soupe partagée.`,
];

export const CALL_PARAGRAPHS: readonly TextBuilder[] = [
  (d) =>
    `**Ce dont nous avons besoin :**\n- des bras pour les prochains chantiers\n- ${d.rng.pick(['des outils à main en bon état', 'des graines et des plants', 'du bois de récupération', 'une remorque'])}\n- des personnes prêtes à partager leur savoir-faire`,
  () =>
    `Envie de nous rejoindre ? Écrivez-nous par la page du projet ou passez nous voir : il y a toujours une tâche pour chacun, et un café au chaud.`,
  (d) => `Les journées de chantier sont ouvertes à tous, sans inscription ; ${d.organisation} relaie les dates.`,
];
