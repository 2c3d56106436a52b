/** Generated project themes: transmission (school gardens, grafting, elders, training) and habitat. */
import { atName, capitalize, de, numberInWords } from './french.js';
import { agree, founderNames, purpose, REFERENCE_YEAR } from './project-draft.js';
import { atTown, ofFarm, ofHamlet, ofTown, type ProjectTheme } from './project-theme.js';

const TRAINING_SUBJECTS = [
  'la biodynamie', 'la traction animale', 'la taille douce des fruitiers', 'la production de semences',
  'la pierre sèche', 'la conduite du troupeau', "l'autoconstruction d'outils", 'la vannerie',
  'la lecture du paysage', 'la fabrication du fromage',
] as const;

export const TRANSMISSION_THEMES: readonly ProjectTheme[] = [
  {
    key: 'school-garden',
    category: 'transmission',
    weight: 5,
    titles: [
      (d) => `Jardin pédagogique de l'école ${ofTown(d)}`,
      (d) => `École du dehors ${atTown(d)}`,
      (d) => `Un potager pour la cantine ${ofTown(d)}`,
      (d) => `Les mains dans la terre : jardin d'école ${atTown(d)}`,
    ],
    summaries: [
      (d) =>
        `Les ${d.rng.int(20, 140)} élèves de l'école ${ofTown(d)} cultivent un potager avec des parents et des paysans retraités, pour ${purpose(d, 'transmission')}.`,
      (d) => `Un jardin au bout de la cour ${atTown(d)}, où l'on sème, observe, goûte et compte, une demi-journée par semaine.`,
    ],
    work: [
      (d) =>
        `Chaque classe a ses planches. Les petits sèment des radis et des ${d.vegetable}, les grands tiennent le cahier des relevés : pluie, température, premières levées. On y fait des mathématiques (combien de graines pour un rang ?), du français (les étiquettes, les recettes) et beaucoup de sciences, à quatre pattes dans l'herbe.`,
      (d) =>
        `Pendant l'été, ce sont les familles qui arrosent, à tour de rôle, et ${d.organisation} qui prend le relais pour les gros travaux. À la rentrée, les courges et les pommes de terre partent à la cantine : les enfants mangent ce qu'ils ont planté, et ça change tout.`,
    ],
  },
  {
    key: 'grafting',
    category: 'transmission',
    weight: 3,
    titles: [
      (d) => `Formation à la greffe : ${d.fruitTree.trees} anciens ${atTown(d)}`,
      (d) => `Atelier taille et greffe au verger ${ofTown(d)}`,
      (d) => `Sauver les variétés ${de(d.fruitTree.fruits)} ${d.pays.of} par la greffe`,
    ],
    summaries: [
      (d) =>
        `Une journée par mois, au verger ${ofHamlet(d)}, on apprend à tailler, à greffer en fente et en écusson, et à reconnaître les vieilles variétés ${de(d.fruitTree.fruits)}.`,
      (d) =>
        `Des greffons prélevés sur les derniers vieux ${d.fruitTree.trees} ${d.pays.of}, des porte-greffes, des mains qui apprennent : ${d.rng.int(30, 400)} arbres greffés chaque hiver.`,
    ],
    work: [
      () =>
        `En février, on prélève les greffons sur les arbres repérés à l'automne, quand on a goûté leurs fruits. En mars, on greffe en fente sur des porte-greffes francs, semés à partir de pépins. En août, c'est l'écusson à œil dormant. Un greffoir bien affûté, du raphia, du mastic : le geste s'apprend en une matinée, l'œil en quelques années.`,
      (d) =>
        `Les formateurs sont souvent des anciens du pays, ${d.partner === "l'association des Croqueurs de pommes" ? 'membres des Croqueurs de pommes' : 'arboriculteurs à la retraite'}, qui connaissent chaque arbre de la commune. Chaque participant repart avec ses arbres greffés et la promesse d'en greffer deux autres pour quelqu'un d'autre l'hiver suivant.`,
    ],
  },
  {
    key: 'elders',
    category: 'transmission',
    weight: 3,
    titles: [
      (d) => `Paroles de paysans ${d.pays.of}`,
      (d) => `Transmission de ferme ${atTown(d)} : ${numberInWords(REFERENCE_YEAR - d.startYear + 10)} ans ${de(d.farmPractice)}`,
      (d) => `Compagnonnage paysan ${d.pays.in}`,
      (d) => `Anciens et jeunes installés ${ofTown(d)}`,
    ],
    summaries: [
      (d) =>
        `Des paysans retraités ${d.pays.of} accueillent des jeunes qui veulent s'installer, et leur transmettent ce qui ne s'écrit pas dans les manuels, pour que les savoir-faire ne partent pas avec eux.`,
      (d) => `Recueillir la mémoire agricole ${ofTown(d)} et la faire vivre : entretiens enregistrés, journées aux champs, fermes transmises.`,
    ],
    work: [
      (d) =>
        `Chaque binôme se retrouve au moins une fois par semaine pendant une saison complète. On marche les parcelles, on parle des pluies d'antan, des coins qui gèlent, des bêtes. ${capitalize(d.founders[0] ?? 'Jean')}, ${d.rng.int(68, 86)} ans, résume : « Ce que je sais, je l'ai appris en faisant à côté de mon père. Ces jeunes n'ont pas eu de père paysan ; alors je fais à côté d'eux. »`,
      (d) =>
        `Avec ${d.organisation}, nous enregistrons aussi des entretiens : noms de lieux, variétés, façons de faire le foin ou de soigner les bêtes. Les enregistrements sont déposés à la médiathèque et écoutés lors de veillées. Plusieurs fermes ont déjà trouvé repreneur grâce à ces rencontres, dont celle ${ofFarm(d)}.`,
    ],
  },
  {
    key: 'training',
    category: 'transmission',
    weight: 2,
    titles: [
      (d) => `Stage d'initiation à ${d.rng.pick(TRAINING_SUBJECTS)} ${atTown(d)}`,
      (d) => `Formation à ${d.rng.pick(TRAINING_SUBJECTS)} ${d.pays.in}`,
      (d) => `Apprendre en faisant : ${d.rng.pick(TRAINING_SUBJECTS)} ${d.farmKind.at} ${ofFarm(d)}`,
    ],
    summaries: [
      (d) => `Des stages courts, sur une ferme en activité ${d.pays.in}, pour apprendre les gestes avec ceux qui les pratiquent.`,
      (d) => `${founderNames(d)} ${agree(d, 'ouvre', 'ouvrent')} la ferme aux porteurs de projet plusieurs week-ends par an.`,
    ],
    work: [
      (d) =>
        `Les groupes sont petits, huit à douze personnes, et l'on passe plus de temps dehors qu'en salle. Le matin, la pratique ; l'après-midi, on prend du recul : pourquoi ce geste, à ce moment, dans ce sol ${d.soil} ? Les repas sont préparés avec les produits de la ferme et pris ensemble.`,
      (d) =>
        `La participation est libre et consciente, pour que personne ne reste à la porte faute d'argent. ${capitalize(d.partner)} relaie les dates, et les anciens stagiaires reviennent souvent comme formateurs : c'est ainsi que les savoirs circulent.`,
    ],
  },
];

export const HABITAT_THEMES: readonly ProjectTheme[] = [
  {
    key: 'participatory-building',
    category: 'habitat',
    weight: 3,
    titles: [
      (d) => `Chantier participatif : maison en terre-paille ${atTown(d)}`,
      (d) => `Éco-hameau ${ofFarm(d)}`,
      (d) => `Habitat léger ${d.pays.in}`,
      (d) => `Rénovation d'une grange en pierre ${atName(d.hamlet)}`,
    ],
    summaries: [
      (d) => `${founderNames(d)} ${agree(d, 'construit', 'construisent')} avec leurs voisins en terre, en paille et en bois local, pour ${purpose(d, 'habitat')}.`,
      (d) => `Un lieu de vie collectif ${atTown(d)}, bâti en chantiers ouverts à tous ceux qui veulent apprendre.`,
    ],
    work: [
      (d) =>
        `La structure est en bois ${d.rng.pick(['de douglas', 'de châtaignier', 'de mélèze', 'de pin sylvestre'])} coupé à moins de vingt kilomètres. Les murs sont en bottes de paille de la ferme voisine, enduites d'argile du terrain mélangée à du sable et à de la paille hachée. Les enduits se font à la main, à plusieurs, et chaque mur porte la trace de ceux qui l'ont lissé.`,
      (d) =>
        `Les chantiers ont lieu pendant les vacances, avec ${d.rng.int(10, 35)} participants en moyenne, logés sous tente et nourris sur place. On y apprend les bases de l'autoconstruction, mais aussi à décider ensemble : le projet est porté par une coopérative d'habitants, et la terre appartient à ${d.partner === 'Terre de Liens' ? 'Terre de Liens' : 'une société civile immobilière à parts partagées'}.`,
    ],
  },
  {
    key: 'dry-stone',
    category: 'habitat',
    weight: 2,
    titles: [
      (d) => `Murets en pierre sèche ${ofHamlet(d)}`,
      (d) => `Relever les faïsses ${ofHamlet(d)}`,
      (d) => `Terrasses et calades ${ofTown(d)}`,
    ],
    summaries: [
      (d) => `Remonter les murs de soutènement des terrasses ${ofHamlet(d)}, pierre par pierre, pour cultiver à nouveau les pentes ${d.pays.of}.`,
      (d) => `Un chantier-école de pierre sèche ${atTown(d)}, encadré par des muraillers, ouvert aux habitants.`,
    ],
    work: [
      () =>
        `Un mur de pierre sèche se monte sans mortier : un bon parement, un bourrage de pierres plus petites derrière, une légère inclinaison vers la pente. Bien fait, il draine l'eau, abrite lézards et insectes, et tient deux siècles. Mal fait, il tombe au premier hiver. D'où l'importance d'apprendre auprès de ceux qui savent.`,
      (d) =>
        `Nous avons déjà relevé ${d.rng.int(40, 400)} mètres de murs. Derrière eux, les terrasses accueillent de nouveau des ${d.fruitTree.trees}, des oignons doux et un potager partagé. Chaque week-end de chantier se termine par un repas et, souvent, par une visite des terrasses voisines, où tout reste à faire.`,
    ],
  },
];
