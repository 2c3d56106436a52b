/** Generated project themes: biodiversity (hedges, bees, orchards, forest gardens) and food. */
import { capitalize, de } from './french.js';
import { agree, founderNames, purpose } from './project-draft.js';
import { atTown, ofFarm, ofHamlet, ofTown, type ProjectTheme } from './project-theme.js';

export const BIODIVERSITY_THEMES: readonly ProjectTheme[] = [
  {
    key: 'hedges',
    category: 'biodiversite',
    weight: 5,
    titles: [
      (d) => `Plantation de haies champêtres ${atTown(d)}`,
      (d) => `${d.rng.int(2, 25)} km de haies ${d.pays.in}`,
      (d) => `Haies bocagères ${ofTown(d)}`,
      (d) => `Replanter le bocage ${d.pays.of}`,
    ],
    summaries: [
      (d) =>
        `Chaque hiver, des bénévoles et des agriculteurs ${d.pays.of} plantent des haies d'essences locales le long des chemins et des parcelles, pour ${purpose(d, 'biodiversite')}.`,
      (d) => `${d.rng.int(800, 9000)} jeunes plants d'arbres et d'arbustes du pays, plantés à la main ${atTown(d)} avec ${d.organisation}.`,
    ],
    work: [
      (d) =>
        `Les plants sont d'origine locale : aubépine, prunellier, cornouiller, viorne, noisetier, érable champêtre, et quelques ${d.fruitTree.trees} pour les oiseaux et les gens. Ils sont plantés sur deux rangs en quinconce, dans un sol ameubli à l'automne, puis paillés épais. Les premières années, on dégage l'herbe autour deux fois par an.`,
      (d) =>
        `Une haie coupe le vent, retient la terre et l'eau, abrite les auxiliaires des cultures et donne du bois. ${capitalize(d.partner)} nous aide à choisir les tracés avec les agriculteurs : ce sont eux qui entretiendront les haies, et leur avis compte plus que tout plan dessiné de loin.`,
    ],
  },
  {
    key: 'bees',
    category: 'biodiversite',
    weight: 3,
    titles: [
      (d) => `Rucher partagé ${ofTown(d)}`,
      (d) => `Abeilles noires ${d.pays.of}`,
      (d) => `Rucher-école ${ofHamlet(d)}`,
    ],
    summaries: [
      (d) => `Un rucher associatif ${atTown(d)} pour apprendre l'apiculture douce et préserver l'abeille noire locale.`,
      (d) => `${founderNames(d)} ${agree(d, 'accompagne', 'accompagnent')} une vingtaine d'apprentis apiculteurs, de la première visite de ruche à la récolte.`,
    ],
    work: [
      () =>
        `Nous travaillons avec l'abeille noire, rustique et adaptée au pays, en ruches Warré et Dadant. Peu d'interventions, pas de nourrissement au sucre sauf en cas de disette, des essaims récupérés plutôt qu'achetés. Le rucher est entouré de haies mellifères et d'une prairie fleurie fauchée tard.`,
      (d) =>
        `Les visites ont lieu le ${d.rng.pick(['samedi après-midi', 'mercredi en fin de journée', 'dimanche matin'])}, de mars à septembre, voile sur la tête. On apprend à lire un cadre, à reconnaître la reine, à repérer le varroa. Le miel est partagé entre les membres ; une partie va à l'épicerie solidaire.`,
    ],
  },
  {
    key: 'conservation-orchard',
    category: 'biodiversite',
    weight: 3,
    titles: [
      (d) => `Verger conservatoire ${de(d.fruitTree.trees)} ${atTown(d)}`,
      (d) => `Verger ${d.adjective.m} ${ofHamlet(d)}`,
      (d) => `Les variétés oubliées ${de(d.fruitTree.fruits)} ${d.pays.of}`,
    ],
    summaries: [
      (d) =>
        `${d.rng.int(40, 250)} arbres de variétés locales ${de(d.fruitTree.fruits)}, retrouvées dans les vieux vergers ${d.pays.of}, plantés sur un terrain communal ${atTown(d)}.`,
      (d) => `Un verger ouvert à tous ${atTown(d)}, pour ${purpose(d, 'biodiversite')} et goûter ce qu'on ne trouve plus dans le commerce.`,
    ],
    work: [
      (d) =>
        `Les variétés ont été retrouvées en porte-à-porte ${d.pays.in} : chaque vieil arbre signalé a été visité, ses fruits goûtés et décrits, ses greffons prélevés. Certaines n'avaient plus de nom ; elles portent désormais celui du hameau ou de la famille qui les a gardées. Le verger sert de collection vivante et de réserve de greffons.`,
      (d) =>
        `Les arbres sont conduits en haute tige, sur un sol ${d.soil} enherbé où pâturent quelques ${d.livestock.herd} une partie de l'année. À l'automne, la fête de la récolte réunit tout le village autour du pressoir.`,
    ],
  },
  {
    key: 'wildlife-refuge',
    category: 'biodiversite',
    weight: 2,
    titles: [
      (d) => `Prairies fleuries et nichoirs ${atTown(d)}`,
      (d) => `Refuge pour la faune ${ofFarm(d)}`,
      (d) => `Chouettes et chauves-souris ${d.pays.in}`,
    ],
    summaries: [
      (d) => `Nichoirs, gîtes, mares et fauches tardives ${atTown(d)} : une ferme qui fait de la place au sauvage, pour ${purpose(d, 'biodiversite')}.`,
      (d) => `Un inventaire participatif de la faune et de la flore ${ofTown(d)}, suivi d'aménagements simples.`,
    ],
    work: [
      (d) =>
        `Nous avons posé ${d.rng.int(10, 80)} nichoirs et gîtes (mésanges, rougequeues, chouette chevêche, chauves-souris), laissé des tas de pierres et de bois mort, et décalé la fauche de certaines bandes après la grenaison. Chaque printemps, un comptage avec ${d.organisation} permet de voir ce qui revient.`,
      () =>
        `Les enfants du village participent aux inventaires : papillons en juillet, chants d'oiseaux à l'aube en mai, traces dans la neige l'hiver. Ce que l'on connaît, on a envie de le protéger.`,
    ],
  },
];

export const FOOD_THEMES: readonly ProjectTheme[] = [
  {
    key: 'community-garden',
    category: 'alimentation',
    weight: 8,
    titles: [
      (d) => `Jardin partagé ${ofHamlet(d)}`,
      (d) => `Jardin partagé ${ofTown(d)}`,
      (d) => `Jardins familiaux ${ofTown(d)}`,
      (d) => `Le jardin ${de(d.founders[0] ?? 'Marie')} : potager ${d.adjective.m} ${atTown(d)}`,
    ],
    summaries: [
      (d) => `Un jardin ouvert où ${d.volunteers} habitants ${ofTown(d)} cultivent ensemble légumes, fleurs et amitiés, pour ${purpose(d, 'alimentation')}.`,
      (d) => `Des parcelles individuelles, une grande planche commune et un abri à outils partagé ${atTown(d)}.`,
    ],
    work: [
      (d) =>
        `Le terrain, prêté par ${d.organisation}, était une friche ${d.site}. Il a fallu le débroussailler, amener l'eau, construire un abri et un composteur. Aujourd'hui, on y trouve des ${d.vegetable}, des ${d.otherVegetable}, des fraises et un coin d'aromatiques où chacun se sert.`,
      () =>
        `Le jardin fonctionne sans chef : une réunion par mois, un tableau pour l'arrosage en été, et une règle simple, pas de produits chimiques. Les débutants apprennent des habitués, les habitués des débutants, et tout le monde du jardin.`,
    ],
  },
  {
    key: 'bread-oven',
    category: 'alimentation',
    weight: 4,
    titles: [
      (d) => `Four à pain collectif ${ofHamlet(d)}`,
      (d) => `Le four ${ofHamlet(d)} rallumé`,
      (d) => `Fournées du village : four banal ${ofTown(d)}`,
    ],
    summaries: [
      (d) => `Le vieux four banal ${ofHamlet(d)} est rallumé une fois par mois : chacun apporte sa pâte, on cuit, on partage.`,
      (d) => `Un four à bois collectif ${atTown(d)}, reconstruit en chantier participatif, pour ${purpose(d, 'alimentation')}.`,
    ],
    work: [
      (d) =>
        `Le four a été reconstruit en briques réfractaires sur sa vieille sole, avec une voûte isolée à la terre et à la chaux. Il faut trois heures de chauffe au fagot pour qu'il soit prêt ; la première fournée est pour le pain ${de(d.cereal)}, puis viennent les tartes, les gratins et les pots de haricots qui cuisent dans la chaleur descendante.`,
      (d) =>
        `Le jour de cuisson, le ${d.rng.pick(['premier samedi du mois', 'dernier dimanche du mois', 'vendredi soir'])}, c'est tout le hameau qui se retrouve. Les enfants font leurs petits pains, les anciens surveillent la voûte. La farine vient du moulin voisin, le bois des haies entretenues par les agriculteurs.`,
    ],
  },
  {
    key: 'cooperative-mill',
    category: 'alimentation',
    weight: 2,
    titles: [
      (d) => `Moulin coopératif : farines ${de(d.cereal)} ${atTown(d)}`,
      (d) => `Un moulin paysan ${d.pays.in}`,
    ],
    summaries: [
      (d) => `Paysans et boulangers ${d.pays.of} s'associent pour moudre eux-mêmes leurs céréales sur meule de pierre, au plus près des champs.`,
      (d) => `Une coopérative ${atTown(d)} qui achète un moulin à meules de granit et le fait tourner pour une quinzaine de fermes.`,
    ],
    work: [
      (d) =>
        `La meule tourne lentement, ce qui ne chauffe pas la farine et garde le germe. Chaque ferme apporte son grain, trié et nettoyé, et repart avec sa farine, ou la laisse en dépôt pour les boulangers. Le grain des essais de sélection, ${d.cereal} en tête, passe aussi par ici, ce qui permet de juger son comportement au pétrissage.`,
      (d) =>
        `Le moulin est une société coopérative d'intérêt collectif : paysans, boulangers, mangeurs et ${d.partner} en sont sociétaires. Les décisions se prennent en assemblée, une voix par personne, quel que soit le nombre de parts.`,
    ],
  },
  {
    key: 'food-shop',
    category: 'alimentation',
    weight: 3,
    titles: [
      (d) => `Conserverie partagée ${ofTown(d)}`,
      (d) => `Épicerie paysanne ${ofTown(d)}`,
      (d) => `AMAP ${ofTown(d)} : ${d.rng.int(20, 150)} familles et ${d.rng.int(4, 15)} paysans`,
    ],
    summaries: [
      (d) => `Un outil commun ${atTown(d)} pour transformer, conserver et vendre les produits des fermes ${d.pays.of}, pour ${purpose(d, 'alimentation')}.`,
      (d) => `${founderNames(d)} ${agree(d, 'fait', 'font')} le lien entre les fermes voisines et les habitants, sans intermédiaire.`,
    ],
    work: [
      (d) =>
        `L'atelier dispose d'un autoclave, d'une sertisseuse et d'une cuisine aux normes, loués à l'heure aux paysans et aux habitants. En septembre, les ${d.vegetable} deviennent coulis, les ${d.fruitTree.fruits} confitures et compotes ; en hiver, on y fait les terrines. Une permanence forme chaque nouvel utilisateur.`,
      (d) =>
        `Les prix sont fixés avec les producteurs, de façon transparente, et une caisse de solidarité permet à ${d.rng.int(5, 30)} familles de payer moins. Les bénévoles tiennent la boutique deux demi-journées par semaine ; le reste du temps, les paysans se relaient.`,
    ],
  },
  {
    key: 'school-canteen',
    category: 'alimentation',
    weight: 2,
    titles: [
      (d) => `Cantine en circuit court ${atTown(d)}`,
      (d) => `Des produits paysans à la cantine ${ofTown(d)}`,
    ],
    summaries: [
      (d) => `La cantine ${ofTown(d)} cuisine chaque jour ${d.rng.int(60, 400)} repas avec les légumes, la viande et le pain des fermes ${d.pays.of}.`,
      (d) => `Relier les cuisines collectives ${d.pays.of} aux paysans d'à côté, pour ${purpose(d, 'alimentation')}.`,
    ],
    work: [
      (d) =>
        `Il a fallu revoir les menus au rythme des saisons, accepter des ${d.vegetable} de calibres différents et réapprendre à éplucher. La cuisinière a suivi une formation, les paysans ont planifié leurs cultures sur l'année, et ${d.organisation} a fait le lien.`,
      () =>
        `Le coût par repas n'a presque pas augmenté : moins de gaspillage, moins de viande mais de meilleure qualité, et des légumineuses au menu deux fois par semaine. Les enfants visitent les fermes qui les nourrissent.`,
    ],
  },
  {
    key: 'forest-garden',
    category: 'alimentation',
    weight: 3,
    titles: [
      (d) => `Forêt-jardin ${ofFarm(d)}`,
      (d) => `Forêt-jardin nourricière ${ofTown(d)}`,
      (d) => `Une forêt comestible ${atTown(d)}`,
    ],
    summaries: [
      (d) => `Sur ${Math.min(d.hectares, 3)} hectare${Math.min(d.hectares, 3) > 1 ? 's' : ''} ${atTown(d)}, une forêt-jardin en étages : grands arbres, fruitiers, arbustes à baies, vivaces et lianes, qui nourrit sans labour.`,
      (d) => `${founderNames(d)} ${agree(d, 'plante', 'plantent')} un écosystème comestible inspiré de la lisière forestière, pour ${purpose(d, 'alimentation')}.`,
    ],
    work: [
      (d) =>
        `La canopée est faite ${de(d.fruitTree.trees)}, de noyers et de châtaigniers ; en dessous, néfliers, cornouillers, argousiers ; plus bas, groseilliers, cassissiers, framboisiers ; au sol, consoude, oseille, ail des ours. Des arbres fixateurs d'azote, aulnes et éléagnus, nourrissent l'ensemble et sont taillés pour pailler.`,
      () =>
        `Une forêt-jardin demande beaucoup de travail les trois premières années, puis de moins en moins. Elle se visite librement, et les récoltes sont partagées lors de cueillettes collectives. Nous notons ce qui réussit et ce qui échoue : c'est une expérience à long terme.`,
    ],
  },
];
