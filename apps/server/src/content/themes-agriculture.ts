/** Generated project themes: farming (market gardens, livestock, trees, biodynamics, compost). */
import { capitalize, de, numberInWords } from './french.js';
import { agree, founderNames, purpose } from './project-draft.js';
import { atTown, farmName, ofFarm, ofHamlet, ofTown, type ProjectTheme } from './project-theme.js';

export const AGRICULTURE_THEMES: readonly ProjectTheme[] = [
  {
    key: 'market-garden',
    category: 'agriculture',
    weight: 10,
    titles: [
      (d) => `${farmName(d)} : ${d.farmPractice} ${atTown(d)}`,
      (d) => `Maraîchage sur sol vivant ${atTown(d)}`,
      (d) => `Des légumes sur sol vivant ${d.pays.in}`,
      (d) => `Installation maraîchère ${ofFarm(d)}, ${d.town.name}`,
      (d) => `${farmName(d)} : ${d.vegetable}, ${d.otherVegetable} et légumes de saison`,
    ],
    summaries: [
      (d) =>
        `${founderNames(d)} ${agree(d, 'cultive', 'cultivent')} ${numberInWords(Math.min(d.hectares, 6))} hectares ${d.site} ${atTown(d)} : ${d.vegetable}, ${d.otherVegetable} et légumes de saison, sans labour ni intrants de synthèse.`,
      (d) =>
        `Une ferme maraîchère ${d.pays.in} qui mise sur le sol vivant (paillage, couverts, compost) pour ${purpose(d, 'agriculture')}.`,
    ],
    work: [
      (d) =>
        `Le sol n'est plus retourné depuis ${d.startYear + 1}. Les planches permanentes restent couvertes de foin, de bois raméal fragmenté ou d'engrais verts entre deux cultures, et la grelinette a remplacé le motoculteur. Les ${d.vegetable} viennent derrière une féverole couchée au rouleau ; les ${d.otherVegetable} poussent sur un paillage épais qui garde la fraîcheur en août.`,
      (d) =>
        `Les légumes partent en paniers chaque semaine pour ${d.rng.int(20, 90)} familles de ${d.organisation === "l'AMAP du village" ? "l'AMAP" : 'la vallée'}, au marché ${ofTown(d)} le samedi et, depuis peu, à la cantine de l'école, qui prend les surplus. Rien ne se perd : ce qui ne se vend pas finit en soupe ou au compost.`,
      (d) =>
        `Nous tenons un cahier de culture depuis la première saison : dates de semis, pluies, températures, rendements planche par planche. C'est lui qui nous a appris qu'ici les ${d.vegetable} préfèrent un semis tardif, et qu'un sol ${d.soil} a besoin de matière organique bien plus que d'engrais.`,
    ],
  },
  {
    key: 'livestock',
    category: 'agriculture',
    weight: 4,
    titles: [
      (d) => `Élevage de ${d.livestock.herd} ${d.pays.in}`,
      (d) => `Élevage pastoral : ${d.livestock.herd} sur les parcours ${ofHamlet(d)}`,
      (d) => `${farmName(d)} : élevage de ${d.livestock.herd} ${atTown(d)}`,
      (d) => `${capitalize(d.livestock.herd)} en plein air ${atTown(d)}`,
    ],
    summaries: [
      (d) =>
        `${founderNames(d)} ${agree(d, 'élève', 'élèvent')} un petit troupeau de ${d.livestock.herd}, nourri à l'herbe et au foin de la ferme, qui donne ${d.livestock.produce}.`,
      (d) =>
        `Un élevage à taille humaine ${d.pays.in}, en pâturage tournant sur ${d.hectares} hectares, qui donne ${d.livestock.produce}.`,
    ],
    work: [
      (d) =>
        `Les bêtes sortent toute l'année, sauf par grand froid. Le troupeau change de parc tous les deux ou trois jours, ce qui laisse l'herbe repousser et casse le cycle des parasites ; nous n'avons presque plus besoin de vermifuger. L'été, une partie monte en estive avec ${d.rng.pick(['un berger salarié', 'les troupeaux des voisins', 'le groupement pastoral'])}.`,
      (d) =>
        `Nous avons choisi une race rustique, adaptée au pays, que nos grands-parents connaissaient et qui valorise les parcours pauvres. Tout est vendu en direct, à la ferme et par ${d.organisation}, et nous travaillons avec un abattoir de proximité pour éviter de longs transports aux animaux.`,
    ],
  },
  {
    key: 'agroforestry',
    category: 'agriculture',
    weight: 4,
    titles: [
      (d) => `Agroforesterie ${ofFarm(d)} : ${d.fruitTree.trees} et céréales`,
      (d) => `Des arbres dans les champs ${atTown(d)}`,
      (d) => `Agroforesterie ${d.pays.in} : ${d.rng.int(80, 900)} arbres plantés entre les cultures`,
      (d) => `${farmName(d)} : arbres, céréales et moutons`,
    ],
    summaries: [
      (d) =>
        `Sur ${d.hectares} hectares de grandes cultures ${atTown(d)}, des lignes ${de(d.fruitTree.trees)}, de cormiers et d'érables champêtres protègent le sol, abritent les auxiliaires et préparent un revenu pour la génération suivante.`,
      (d) =>
        `${founderNames(d)} ${agree(d, 'replante', 'replantent')} des arbres au milieu des cultures, pour ${purpose(d, 'agriculture')}.`,
    ],
    work: [
      (d) =>
        `Les lignes d'arbres sont orientées nord-sud et espacées de ${d.rng.pick(['24', '26', '28', '30'])} mètres, la largeur de deux passages de semoir. Entre elles, la rotation continue : ${d.cereal}, méteil, prairie temporaire. Au pied des arbres, une bande enherbée fleurie accueille carabes et syrphes.`,
      (d) =>
        `Les premiers hivers, il a fallu protéger les jeunes plants des chevreuils et pailler large. Aujourd'hui, les ${d.fruitTree.trees} donnent leurs premières ${d.fruitTree.fruits}, et l'on voit déjà l'ombre portée réduire le stress des cultures pendant les coups de chaleur de juin.`,
    ],
  },
  {
    key: 'biodynamics',
    category: 'agriculture',
    weight: 4,
    titles: [
      (d) => `Biodynamie ${d.farmKind.at} ${ofFarm(d)}`,
      (d) => `Préparations biodynamiques partagées ${d.pays.in}`,
      (d) => `Groupe de biodynamie ${d.pays.of}`,
      (d) => `Vigne et verger en biodynamie ${atTown(d)}`,
    ],
    summaries: [
      (d) =>
        `Une dizaine de fermes ${d.pays.of} fabriquent ensemble leurs préparations biodynamiques et partagent leurs observations au fil des saisons.`,
      (d) =>
        `${founderNames(d)} ${agree(d, 'conduit', 'conduisent')} la ferme comme un organisme vivant, selon le Cours aux agriculteurs de 1924, avec ses animaux, ses prairies et son compost.`,
    ],
    work: [
      () =>
        `Chaque automne, nous remplissons des cornes de vache avec la bouse des troupeaux voisins et les enterrons jusqu'au printemps. La bouse de corne est ensuite dynamisée une heure dans l'eau tiède, en tournant dans un sens puis dans l'autre, et pulvérisée en fin de journée sur les sols. La silice de corne, elle, se passe au lever du jour sur les cultures.`,
      (d) =>
        `Nous suivons un calendrier des semis, sans en faire un dogme : le temps qu'il fait reste le premier maître. Tisanes d'ortie et de prêle, compost préparé avec l'achillée, la camomille, l'ortie, l'écorce de chêne, le pissenlit et la valériane : ces gestes demandent du temps, et c'est aussi ce temps passé à observer ${d.soil === 'acide' ? 'une terre acide' : 'la terre'} qui change notre regard.`,
    ],
  },
  {
    key: 'compost',
    category: 'agriculture',
    weight: 3,
    titles: [
      (d) => `Plateforme de compostage partagée ${ofTown(d)}`,
      (d) => `Compost collectif ${ofHamlet(d)}`,
      (d) => `Du déchet au terreau : compost de quartier ${atTown(d)}`,
    ],
    summaries: [
      (d) =>
        `Les déchets verts de la commune, le fumier de deux élevages et les épluchures de ${d.rng.int(40, 300)} foyers deviennent un compost mûr pour les jardins et les fermes ${d.pays.of}.`,
      (d) => `Un lieu de compostage géré par les habitants ${atTown(d)}, pour ${purpose(d, 'agriculture')}.`,
    ],
    work: [
      (d) =>
        `Sur la plateforme ${ofTown(d)}, les andains sont montés en couches alternées de matières vertes et brunes, arrosés, puis retournés trois fois. La température monte à soixante degrés en une semaine ; au bout de quatre à six mois, le compost sent le sous-bois. Un thermomètre à sonde et un cahier suffisent à suivre chaque tas.`,
      (d) =>
        `Une permanence a lieu chaque ${d.rng.pick(['mercredi soir', 'samedi matin', 'premier dimanche du mois'])} : on apporte ses seaux, on repart avec du compost tamisé. Les broyats viennent de l'élagage des haies communales, ce qui évite de les brûler.`,
    ],
  },
];
