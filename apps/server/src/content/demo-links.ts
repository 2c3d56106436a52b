/** How each demo concept inspires demo projects: one short sentence per link. Pure data. */
import type { DemoConceptLink } from './types.js';

export const demoConceptLinks: readonly DemoConceptLink[] = [
  {
    conceptSlug: 'rudolf-steiner',
    projectSlug: 'biodynamie-jardin-des-trois-becs-saillans',
    label: "Claire et Mathieu relisent chaque hiver le Cours aux agriculteurs et conduisent le jardin comme un organisme vivant.",
  },
  {
    conceptSlug: 'rudolf-steiner',
    projectSlug: 'abeilles-noires-du-vercors',
    label: "Les conférences de Steiner sur les abeilles (1923) nourrissent les discussions du rucher-école sur l'essaimage naturel et les rayons bâtis librement.",
  },
  {
    conceptSlug: 'biodynamie',
    projectSlug: 'biodynamie-jardin-des-trois-becs-saillans',
    label: 'Bouse de corne, silice de corne et compost préparé ont réveillé un sol tassé par le maïs.',
  },
  {
    conceptSlug: 'biodynamie',
    projectSlug: 'vigne-en-biodynamie-eguisheim',
    label: "Le domaine est conduit en biodynamie depuis 2012, préparations faites en groupe avec d'autres vignerons.",
  },
  {
    conceptSlug: 'biodynamie',
    projectSlug: 'plateforme-de-compostage-partagee-val-de-drome',
    label: 'Une partie du compost sera préparée avec les six plantes du compost biodynamique, et comparée au compost simple.',
  },
  {
    conceptSlug: 'permaculture',
    projectSlug: 'foret-jardin-des-carmes-figeac',
    label: 'Les sept étages et les relations entre les plantes suivent les principes de conception de la permaculture.',
  },
  {
    conceptSlug: 'permaculture',
    projectSlug: 'eau-retenue-keyline-baissieres-quercy-blanc',
    label: "Observer longtemps avant d'agir, placer chaque élément là où il sert aux autres : la ferme a été redessinée ainsi.",
  },
  {
    conceptSlug: 'permaculture',
    projectSlug: 'maison-terre-paille-eourres',
    label: 'Une maison conçue avec les ressources du lieu, bois, paille, terre, et orientée pour capter le soleil.',
  },
  {
    conceptSlug: 'agroecologie',
    projectSlug: 'transmission-anciens-jeunes-installes-rouergue',
    label: 'Les savoirs paysans y sont traités comme une connaissance à part entière, transmise de paysan à paysan.',
  },
  {
    conceptSlug: 'agroecologie',
    projectSlug: 'elevage-pastoral-brebis-raiole-saint-jean-du-gard',
    label: "Une race locale, des parcours entretenus et un pâturage tournant : l'élevage pensé avec son milieu.",
  },
  {
    conceptSlug: 'agroecologie',
    projectSlug: 'jardin-d-ecole-dieulefit',
    label: 'Les enfants découvrent que le potager est un écosystème, et que la cantine peut se nourrir des fermes voisines.',
  },
  {
    conceptSlug: 'agroecologie',
    projectSlug: 'haies-bocageres-becherel',
    label: 'Les haies replantées rendent aux champs leurs auxiliaires, leur eau et leur abri contre le vent.',
  },
  {
    conceptSlug: 'semences-paysannes',
    projectSlug: 'maison-des-semences-paysannes-du-diois',
    label: 'Une maison des semences où les variétés du pays se conservent en étant semées chaque année.',
  },
  {
    conceptSlug: 'semences-paysannes',
    projectSlug: 'bles-population-semences-paysannes-poitou',
    label: 'Six ans de sélection participative ont fait naître des blés population propres à chaque ferme.',
  },
  {
    conceptSlug: 'semences-paysannes',
    projectSlug: 'moulin-cooperatif-forcalquier',
    label: 'Le moulin donnera enfin un débouché aux blés population sélectionnés dans les fermes du pays.',
  },
  {
    conceptSlug: 'communs',
    projectSlug: 'restauration-du-beal-des-horts-valleraugue',
    label: "Tours d'eau, corvées et règlement écrit par les usagers : le béal est géré comme Ostrom l'a décrit des huertas espagnoles.",
  },
  {
    conceptSlug: 'communs',
    projectSlug: 'four-a-pain-collectif-de-mirmande',
    label: 'Un four banal rendu au village, avec une règle simple : qui cuit chauffe, et laisse du bois pour le suivant.',
  },
  {
    conceptSlug: 'communs',
    projectSlug: 'zone-humide-plateau-de-millevaches',
    label: 'La zone humide est un bien de section, une terre qui appartient collectivement aux habitants du village.',
  },
  {
    conceptSlug: 'communs',
    projectSlug: 'maison-des-semences-paysannes-du-diois',
    label: 'Les graines y sont un bien commun : on emprunte, on multiplie, on rend davantage.',
  },
  {
    conceptSlug: 'keyline-design',
    projectSlug: 'eau-retenue-keyline-baissieres-quercy-blanc',
    label: 'Points clés, lignes clés et échelle de permanence : la méthode de Yeomans appliquée aux coteaux du Quercy.',
  },
  {
    conceptSlug: 'keyline-design',
    projectSlug: 'agroforesterie-en-bourdette-marciac',
    label: "Les lignes d'arbres suivent le relief pour freiner le ruissellement, dans l'esprit du keyline.",
  },
  {
    conceptSlug: 'agroforesterie',
    projectSlug: 'agroforesterie-en-bourdette-marciac',
    label: "1 100 arbres plantés au milieu des céréales, pour le sol, l'eau, les auxiliaires et la génération suivante.",
  },
  {
    conceptSlug: 'agroforesterie',
    projectSlug: 'greffer-les-poiriers-du-domfrontais',
    label: "Les poiriers greffés repartent dans les prés-vergers, la forme d'agroforesterie la plus ancienne du bocage normand.",
  },
  {
    conceptSlug: 'agroforesterie',
    projectSlug: 'foret-jardin-des-carmes-figeac',
    label: "La forêt-jardin pousse l'association des arbres et des cultures jusqu'à la lisière comestible.",
  },
  {
    conceptSlug: 'masanobu-fukuoka',
    projectSlug: 'jardin-d-ecole-dieulefit',
    label: "Chaque printemps, les élèves lancent des boulettes d'argile garnies de graines, à la manière de Fukuoka.",
  },
  {
    conceptSlug: 'masanobu-fukuoka',
    projectSlug: 'foret-jardin-des-carmes-figeac',
    label: "Ne pas bêcher, désherber le moins possible, laisser la litière s'accumuler : une forme de non-agir.",
  },
];
