/** Generated project themes: peasant seeds and water (canals, keyline, ponds, wetlands). */
import { capitalize, de, numberInWords } from './french.js';
import { agree, founderNames, purpose } from './project-draft.js';
import { atTown, ofFarm, ofHamlet, ofTown, type ProjectTheme } from './project-theme.js';

export const SEED_THEMES: readonly ProjectTheme[] = [
  {
    key: 'seed-house',
    category: 'semences',
    weight: 5,
    titles: [
      (d) => `Maison des semences paysannes ${d.pays.of}`,
      (d) => `Grainothèque ${ofTown(d)}`,
      (d) => `Semences paysannes : ${d.vegetable} et ${d.grain} ${d.pays.of}`,
      (d) => `Bourse aux graines ${ofTown(d)}`,
    ],
    summaries: [
      (d) =>
        `Un lieu ${atTown(d)} où jardiniers et paysans déposent, multiplient et échangent ${d.rng.int(60, 450)} variétés locales, pour ${purpose(d, 'semences')}.`,
      (d) =>
        `Des graines ${de(d.vegetable)}, ${d.otherVegetable} et ${d.grain} sélectionnées ${d.pays.in}, prêtées à qui promet d'en rapporter.`,
    ],
    work: [
      (d) =>
        `Le principe est simple : on emprunte un sachet, on cultive, on garde les plus beaux porte-graines et on rapporte au moins autant de semences qu'on en a pris. Les fiches de chaque variété notent d'où elle vient, qui l'a cultivée et comment elle s'est comportée ; certaines remontent à la grand-mère ${de(d.founders[0] ?? 'Marie')}.`,
      (d) =>
        `Deux fois par an, une journée de battage et de tri réunit une trentaine de personnes : on égrène les haricots à la main, on vanne les céréales au tarare, on fermente les graines ${de(d.vegetable)}. Les enfants de l'école viennent compter et étiqueter. Les variétés ne se gardent vivantes qu'en étant semées, chaque année, dans beaucoup de jardins.`,
    ],
  },
  {
    key: 'participatory-selection',
    category: 'semences',
    weight: 3,
    titles: [
      (d) => `Sélection participative ${de(d.cereal)} ${d.pays.in}`,
      (d) => `Blés paysans ${d.pays.of}`,
      (d) => `Essais ${de(d.cereal)} en mélange ${atTown(d)}`,
    ],
    summaries: [
      (d) =>
        `${founderNames(d)} et une douzaine de fermes ${d.pays.of} cultivent et sélectionnent ensemble des populations ${de(d.cereal)} adaptées à leurs sols, pour ${purpose(d, 'semences')}.`,
      (d) => `Des parcelles d'essai ${atTown(d)} où paysans, meunier et boulanger choisissent les céréales de demain.`,
    ],
    work: [
      (d) =>
        `Chaque automne, nous semons une trentaine de variétés en petites parcelles et un mélange en plein champ. Ce mélange évolue d'année en année : ce qui résiste au froid, à la verse et à la sécheresse du printemps se ressème tout seul. Sur un sol ${d.soil}, il a trouvé en cinq ans un équilibre qu'aucune variété du catalogue ne nous avait donné.`,
      (d) =>
        `La notation se fait à plusieurs, en juin, carnet en main : hauteur de paille, maladies, épis. Puis vient l'épreuve qui compte : le meunier passe les grains à la meule de pierre et ${d.rng.pick(['le fournil du village', 'une boulangère de la vallée', 'le paysan-boulanger voisin'])} en fait du pain au levain. Le goût décide aussi.`,
    ],
  },
];

export const WATER_THEMES: readonly ProjectTheme[] = [
  {
    key: 'irrigation-canal',
    category: 'eau',
    weight: 4,
    titles: [
      (d) => `Restauration ${d.waterwork.of} ${ofHamlet(d)}`,
      (d) => `Remise en eau ${d.waterwork.of} ${ofTown(d)}`,
      (d) => `${capitalize(d.waterwork.the)} ${ofHamlet(d)} coule à nouveau`,
      (d) => `Corvées ${d.waterwork.of} : l'eau partagée ${ofHamlet(d)}`,
    ],
    summaries: [
      (d) =>
        `Les habitants ${ofHamlet(d)} remettent en état un canal d'arrosage gravitaire abandonné depuis les années ${d.rng.pick(['1960', '1970', '1980'])}, pour ${purpose(d, 'eau')}.`,
      (d) =>
        `${capitalize(numberInWords(Math.min(d.volunteers, 16)))} voisins, des pelles et des pioches : l'eau du torrent revient jusqu'aux jardins en terrasses ${ofTown(d)}.`,
    ],
    work: [
      (d) =>
        `Le canal prend l'eau au torrent par une petite digue de pierres, puis court sur ${d.rng.int(2, 9)} kilomètres à flanc de montagne avec une pente à peine perceptible. Par endroits, il a été comblé par des éboulis ou crevé par les racines ; ailleurs, il suffit de le désherber. Les anciens nous ont montré où étaient les martelières et comment on partageait l'eau par tours.`,
      (d) =>
        `Les corvées ont lieu un samedi par mois, au printemps et à l'automne. Chacun apporte sa pioche et son casse-croûte ; ${d.organisation} prête une mini-pelle pour les passages effondrés. Le règlement d'eau, rédigé avec ${d.partner}, reprend les tours d'arrosage d'autrefois : l'eau n'est à personne, elle est à tous ceux qui entretiennent le canal.`,
    ],
  },
  {
    key: 'keyline',
    category: 'eau',
    weight: 3,
    titles: [
      (d) => `Eau retenue : keyline et baissières ${atTown(d)}`,
      (d) => `Keyline design ${d.farmKind.at} ${ofFarm(d)}`,
      (d) => `Ralentir l'eau sur les coteaux ${ofTown(d)}`,
      (d) => `Baissières et mares ${d.pays.in}`,
    ],
    summaries: [
      (d) =>
        `Sur ${d.hectares} hectares de coteaux ${d.pays.in}, des baissières et un travail du sol en courbes de niveau pour ${purpose(d, 'eau')}.`,
      (d) => `${founderNames(d)} ${agree(d, 'applique', 'appliquent')} le keyline design de P. A. Yeomans pour que chaque averse recharge le sol au lieu de le raviner.`,
    ],
    work: [
      (d) =>
        `Tout a commencé par un relevé topographique au niveau laser, un week-end entier à planter des piquets sur ${d.hectares} hectares. Nous avons repéré le point clé de chaque vallon, puis passé un décompacteur à dents droites parallèlement à la ligne clé, en descendant légèrement vers les crêtes. L'eau qui filait vers le talweg s'étale désormais sur les croupes.`,
      (d) =>
        `Les baissières, ces fossés creusés exactement à niveau, ont été plantées en aval ${de(d.fruitTree.trees)}, de sureaux et de mûriers. Après l'orage de ${d.rng.pick(['septembre', 'mai', 'juin', 'novembre'])}, pas une goutte n'a ruisselé jusqu'à la route ; trois semaines plus tard, le sol était encore frais sous le paillage.`,
    ],
  },
  {
    key: 'rainwater',
    category: 'eau',
    weight: 3,
    titles: [
      (d) => `Eau de pluie : citernes et mares ${ofHamlet(d)}`,
      (d) => `Récupérer l'eau de pluie au jardin partagé ${ofTown(d)}`,
      (d) => `Une mare pédagogique ${atTown(d)}`,
    ],
    summaries: [
      (d) => `Toitures, citernes enterrées et une grande mare ${atTown(d)}, pour ${purpose(d, 'eau')}.`,
      (d) => `Stocker l'eau de l'hiver pour l'été : un projet collectif ${d.pays.in}, sans forage ni pompage dans la nappe.`,
    ],
    work: [
      (d) =>
        `Chaque millimètre de pluie sur ${d.rng.int(100, 600)} mètres carrés de toiture donne autant de litres : de quoi remplir en un hiver une citerne souple et deux cuves enterrées. Le trop-plein rejoint une mare creusée à la main, aux berges en pente douce, où les tritons sont revenus dès le deuxième printemps.`,
      () =>
        `L'arrosage se fait au goutte-à-goutte, tôt le matin, et seulement là où le paillage ne suffit pas. Nous relevons le niveau des cuves chaque semaine sur un tableau affiché au jardin : tout le monde voit ce qu'il reste, et les discussions sur l'eau sont devenues concrètes.`,
    ],
  },
  {
    key: 'wetland',
    category: 'eau',
    weight: 2,
    titles: [
      (d) => `Restauration de la zone humide ${ofHamlet(d)}`,
      (d) => `Renaturation du ruisseau ${ofTown(d)}`,
      (d) => `Zones humides et prairies ${d.pays.of}`,
    ],
    summaries: [
      (d) =>
        `Boucher les drains, laisser le ruisseau reprendre ses méandres et rendre à la prairie humide ${ofHamlet(d)} son rôle d'éponge, avec ${d.organisation}.`,
      (d) => `Une zone humide de ${d.rng.int(2, 30)} hectares ${d.pays.in} retrouve son eau, ses libellules et ses foins tardifs.`,
    ],
    work: [
      (d) =>
        `Dans les années 1970, la prairie a été drainée pour être labourée. Nous avons fermé les drains un par un, posé des seuils de bois dans le fossé principal et laissé le ruisseau déborder l'hiver. En deux ans, les joncs, la reine-des-prés et la cardamine sont revenus, et ${d.rng.pick(['le courlis', 'la rainette verte', "l'agrion de Mercure", 'la bécassine'])} a été revu.`,
      (d) =>
        `Une zone humide retient l'eau des crues, la rend lentement en été et filtre ce qui ruisselle des champs. Un éleveur voisin fauche tard, après la mi-juillet, et fait pâturer ses ${d.livestock.herd} à l'automne. ${capitalize(d.partner)} suit la végétation et les niveaux d'eau chaque saison.`,
    ],
  },
];
