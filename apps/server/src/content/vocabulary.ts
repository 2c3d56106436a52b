/**
 * Word lists the content generator draws from. Pure data.
 *
 * Lists are written most common first: the generator picks from them with Zipf-like
 * frequencies (see ZipfPicker), so the head of each list is frequent in generated
 * text and its tail rare, which gives a search benchmark both common and rare words.
 */

/** Natural regions ("pays"), with the two forms prose needs. */
export const PAYS = {
  diois: { name: 'Diois', of: 'du Diois', in: 'dans le Diois' },
  valleeDrome: { name: 'vallée de la Drôme', of: 'de la vallée de la Drôme', in: 'dans la vallée de la Drôme' },
  dromeProvencale: { name: 'Drôme provençale', of: 'de la Drôme provençale', in: 'en Drôme provençale' },
  baronnies: { name: 'Baronnies', of: 'des Baronnies', in: 'dans les Baronnies' },
  ardeche: { name: 'Ardèche', of: "de l'Ardèche", in: 'en Ardèche' },
  boutieres: { name: 'Boutières', of: 'des Boutières', in: 'dans les Boutières' },
  hautVivarais: { name: 'Haut-Vivarais', of: 'du Haut-Vivarais', in: 'dans le Haut-Vivarais' },
  vercors: { name: 'Vercors', of: 'du Vercors', in: 'dans le Vercors' },
  trieves: { name: 'Trièves', of: 'du Trièves', in: 'dans le Trièves' },
  beaufortain: { name: 'Beaufortain', of: 'du Beaufortain', in: 'dans le Beaufortain' },
  bauges: { name: 'Bauges', of: 'des Bauges', in: 'dans les Bauges' },
  gapencais: { name: 'Gapençais', of: 'du Gapençais', in: 'dans le Gapençais' },
  embrunais: { name: 'Embrunais', of: "de l'Embrunais", in: "dans l'Embrunais" },
  brianconnais: { name: 'Briançonnais', of: 'du Briançonnais', in: 'dans le Briançonnais' },
  ubaye: { name: "vallée de l'Ubaye", of: "de la vallée de l'Ubaye", in: "dans la vallée de l'Ubaye" },
  forcalquier: { name: 'pays de Forcalquier', of: 'du pays de Forcalquier', in: 'dans le pays de Forcalquier' },
  dignois: { name: 'pays dignois', of: 'du pays dignois', in: 'dans le pays dignois' },
  luberon: { name: 'Luberon', of: 'du Luberon', in: 'dans le Luberon' },
  ventoux: { name: 'Ventoux', of: 'du Ventoux', in: 'au pied du Ventoux' },
  provenceVerte: { name: 'Provence verte', of: 'de la Provence verte', in: 'en Provence verte' },
  cevennes: { name: 'Cévennes', of: 'des Cévennes', in: 'dans les Cévennes' },
  lozere: { name: 'Lozère', of: 'de la Lozère', in: 'en Lozère' },
  lodevois: { name: 'Lodévois', of: 'du Lodévois', in: 'dans le Lodévois' },
  picSaintLoup: { name: 'Pic Saint-Loup', of: 'du Pic Saint-Loup', in: 'autour du Pic Saint-Loup' },
  uzege: { name: 'Uzège', of: "de l'Uzège", in: "dans l'Uzège" },
  corbieres: { name: 'Corbières', of: 'des Corbières', in: 'dans les Corbières' },
  rouergue: { name: 'Rouergue', of: 'du Rouergue', in: 'dans le Rouergue' },
  larzac: { name: 'Larzac', of: 'du Larzac', in: 'sur le Larzac' },
  aubrac: { name: 'Aubrac', of: "de l'Aubrac", in: "sur l'Aubrac" },
  quercy: { name: 'Quercy', of: 'du Quercy', in: 'dans le Quercy' },
  quercyBlanc: { name: 'Quercy blanc', of: 'du Quercy blanc', in: 'dans le Quercy blanc' },
  tarn: { name: 'Tarn', of: 'du Tarn', in: 'dans le Tarn' },
  gers: { name: 'Gers', of: 'du Gers', in: 'dans le Gers' },
  albret: { name: "pays d'Albret", of: "du pays d'Albret", in: "dans le pays d'Albret" },
  ariege: { name: 'Ariège', of: "de l'Ariège", in: 'en Ariège' },
  couserans: { name: 'Couserans', of: 'du Couserans', in: 'dans le Couserans' },
  comminges: { name: 'Comminges', of: 'du Comminges', in: 'dans le Comminges' },
  paysBasque: { name: 'Pays basque', of: 'du Pays basque', in: 'au Pays basque' },
  bearn: { name: 'Béarn', of: 'du Béarn', in: 'en Béarn' },
  conflent: { name: 'Conflent', of: 'du Conflent', in: 'dans le Conflent' },
  vallespir: { name: 'Vallespir', of: 'du Vallespir', in: 'dans le Vallespir' },
  millevaches: { name: 'plateau de Millevaches', of: 'du plateau de Millevaches', in: 'sur le plateau de Millevaches' },
  correze: { name: 'Corrèze', of: 'de la Corrèze', in: 'en Corrèze' },
  cantal: { name: 'Cantal', of: 'du Cantal', in: 'dans le Cantal' },
  livradoisForez: { name: 'Livradois-Forez', of: 'du Livradois-Forez', in: 'en Livradois-Forez' },
  velay: { name: 'Velay', of: 'du Velay', in: 'dans le Velay' },
  morvan: { name: 'Morvan', of: 'du Morvan', in: 'dans le Morvan' },
  clunisois: { name: 'Clunisois', of: 'du Clunisois', in: 'dans le Clunisois' },
  hautJura: { name: 'Haut-Jura', of: 'du Haut-Jura', in: 'dans le Haut-Jura' },
  jura: { name: 'Jura', of: 'du Jura', in: 'dans le Jura' },
  alsace: { name: 'Alsace', of: "d'Alsace", in: 'en Alsace' },
  valleeMunster: { name: 'vallée de Munster', of: 'de la vallée de Munster', in: 'dans la vallée de Munster' },
  vosges: { name: 'Vosges', of: 'des Vosges', in: 'dans les Vosges' },
  plateauLangres: { name: 'plateau de Langres', of: 'du plateau de Langres', in: 'sur le plateau de Langres' },
  ardennes: { name: 'Ardennes', of: 'des Ardennes', in: 'dans les Ardennes' },
  hauteBretagne: { name: 'Haute-Bretagne', of: 'de Haute-Bretagne', in: 'en Haute-Bretagne' },
  paysRedon: { name: 'pays de Redon', of: 'du pays de Redon', in: 'dans le pays de Redon' },
  centreBretagne: { name: 'Centre-Bretagne', of: 'du Centre-Bretagne', in: 'en Centre-Bretagne' },
  montsArree: { name: "monts d'Arrée", of: "des monts d'Arrée", in: "dans les monts d'Arrée" },
  cornouaille: { name: 'Cornouaille', of: 'de Cornouaille', in: 'en Cornouaille' },
  cotesArmor: { name: "Côtes-d'Armor", of: "des Côtes-d'Armor", in: "dans les Côtes-d'Armor" },
  morbihan: { name: 'Morbihan', of: 'du Morbihan', in: 'dans le Morbihan' },
  bocageNantais: { name: 'bocage nantais', of: 'du bocage nantais', in: 'dans le bocage nantais' },
  guerande: { name: "presqu'île guérandaise", of: "de la presqu'île guérandaise", in: "sur la presqu'île guérandaise" },
  vignobleNantais: { name: 'vignoble nantais', of: 'du vignoble nantais', in: 'dans le vignoble nantais' },
  mayenne: { name: 'Mayenne', of: 'de la Mayenne', in: 'en Mayenne' },
  saumurois: { name: 'Saumurois', of: 'du Saumurois', in: 'dans le Saumurois' },
  domfrontais: { name: 'Domfrontais', of: 'du Domfrontais', in: 'dans le Domfrontais' },
  bocageNormand: { name: 'bocage normand', of: 'du bocage normand', in: 'dans le bocage normand' },
  perche: { name: 'Perche', of: 'du Perche', in: 'dans le Perche' },
  paysAuge: { name: "pays d'Auge", of: "du pays d'Auge", in: "dans le pays d'Auge" },
  cotentin: { name: 'Cotentin', of: 'du Cotentin', in: 'dans le Cotentin' },
  brenne: { name: 'Brenne', of: 'de la Brenne', in: 'en Brenne' },
  berry: { name: 'Berry', of: 'du Berry', in: 'dans le Berry' },
  sologne: { name: 'Sologne', of: 'de Sologne', in: 'en Sologne' },
  sancerrois: { name: 'Sancerrois', of: 'du Sancerrois', in: 'dans le Sancerrois' },
  poitou: { name: 'Poitou', of: 'du Poitou', in: 'en Poitou' },
  gatine: { name: 'Gâtine', of: 'de la Gâtine', in: 'en Gâtine' },
  charenteLimousine: { name: 'Charente limousine', of: 'de la Charente limousine', in: 'en Charente limousine' },
  perigordNoir: { name: 'Périgord noir', of: 'du Périgord noir', in: 'en Périgord noir' },
  perigordVert: { name: 'Périgord vert', of: 'du Périgord vert', in: 'en Périgord vert' },
  perigord: { name: 'Périgord', of: 'du Périgord', in: 'en Périgord' },
  bazadais: { name: 'Bazadais', of: 'du Bazadais', in: 'dans le Bazadais' },
  valleeGaronne: { name: 'vallée de la Garonne', of: 'de la vallée de la Garonne', in: 'dans la vallée de la Garonne' },
  landes: { name: 'Landes', of: 'des Landes', in: 'dans les Landes' },
  estParisien: { name: 'Est parisien', of: "de l'Est parisien", in: "dans l'Est parisien" },
  yvelines: { name: 'Yvelines', of: 'des Yvelines', in: 'dans les Yvelines' },
  brie: { name: 'Brie', of: 'de la Brie', in: 'en Brie' },
  essonne: { name: 'Essonne', of: "de l'Essonne", in: 'en Essonne' },
  somme: { name: 'Somme', of: 'de la Somme', in: 'dans la Somme' },
  audomarois: { name: 'marais audomarois', of: 'du marais audomarois', in: 'dans le marais audomarois' },
  avesnois: { name: 'Avesnois', of: "de l'Avesnois", in: "dans l'Avesnois" },
  lille: { name: 'métropole lilloise', of: 'de la métropole lilloise', in: 'dans la métropole lilloise' },
  centreCorse: { name: 'centre de la Corse', of: 'du centre de la Corse', in: 'au cœur de la Corse' },
  sartenais: { name: 'Sartenais', of: 'du Sartenais', in: 'dans le Sartenais' },
} as const;

export type PaysKey = keyof typeof PAYS;
export type Pays = (typeof PAYS)[PaysKey];

export interface Town {
  readonly name: string;
  readonly department: string;
  readonly pays: PaysKey;
  readonly lat: number;
  readonly lng: number;
}

type TownRow = readonly [name: string, department: string, pays: PaysKey, lat: number, lng: number];

/** Real communes, approximate town-centre coordinates; most frequent first. */
const TOWN_ROWS: readonly TownRow[] = [
  ['Die', '26', 'diois', 44.7536, 5.3703],
  ['Crest', '26', 'valleeDrome', 44.7283, 5.0225],
  ['Saint-Jean-du-Gard', '30', 'cevennes', 44.105, 3.885],
  ['Saillans', '26', 'valleeDrome', 44.6972, 5.195],
  ['Figeac', '46', 'quercy', 44.6086, 2.0317],
  ['Dieulefit', '26', 'dromeProvencale', 44.5258, 5.0617],
  ['Forcalquier', '04', 'forcalquier', 43.96, 5.78],
  ['Anduze', '30', 'cevennes', 44.0514, 3.9864],
  ['Millau', '12', 'larzac', 44.0975, 3.0778],
  ['Nyons', '26', 'baronnies', 44.3608, 5.1406],
  ['Aubenas', '07', 'ardeche', 44.6197, 4.3903],
  ['Le Vigan', '30', 'cevennes', 43.9908, 3.6058],
  ['Carhaix-Plouguer', '29', 'centreBretagne', 48.2758, -3.5733],
  ['Florac', '48', 'cevennes', 44.3242, 3.5931],
  ['Marciac', '32', 'gers', 43.5247, 0.16],
  ['Villefranche-de-Rouergue', '12', 'rouergue', 44.3517, 2.035],
  ['Apt', '84', 'luberon', 43.8764, 5.3964],
  ['Eymoutiers', '87', 'millevaches', 45.7394, 1.7428],
  ['Mens', '38', 'trieves', 44.8153, 5.7506],
  ['Redon', '35', 'paysRedon', 47.6517, -2.0844],
  ['Cluny', '71', 'clunisois', 46.4342, 4.6594],
  ['Melle', '79', 'poitou', 46.2228, -0.1414],
  ['Prades', '66', 'conflent', 42.6175, 2.4217],
  ['Saint-Girons', '09', 'couserans', 42.985, 1.1461],
  ['Lodève', '34', 'lodevois', 43.7317, 3.3194],
  ['Uzès', '30', 'uzege', 44.0125, 4.4197],
  ['Montreuil', '93', 'estParisien', 48.8638, 2.4485],
  ['Domfront', '61', 'domfrontais', 48.5925, -0.6464],
  ['Mortagne-au-Perche', '61', 'perche', 48.5203, 0.5469],
  ['Châtillon-en-Diois', '26', 'diois', 44.6939, 5.4844],
  ['La Chapelle-en-Vercors', '26', 'vercors', 44.9697, 5.4153],
  ['Villard-de-Lans', '38', 'vercors', 45.0711, 5.5531],
  ['Peyrelevade', '19', 'millevaches', 45.7083, 2.0033],
  ['Felletin', '23', 'millevaches', 45.8839, 2.1742],
  ['Lauzerte', '82', 'quercyBlanc', 44.2556, 1.1383],
  ['Notre-Dame-des-Landes', '44', 'bocageNantais', 47.3808, -1.7086],
  ['Saint-Affrique', '12', 'larzac', 43.9589, 2.8867],
  ['La Cavalerie', '12', 'larzac', 44.0097, 3.1583],
  ['Buis-les-Baronnies', '26', 'baronnies', 44.2756, 5.2711],
  ['Valleraugue', '30', 'cevennes', 44.0817, 3.6417],
  ['Lasalle', '30', 'cevennes', 44.0453, 3.8567],
  ['Mirmande', '26', 'valleeDrome', 44.6983, 4.8367],
  ['Privas', '07', 'ardeche', 44.7353, 4.5992],
  ['Le Cheylard', '07', 'boutieres', 44.9067, 4.4228],
  ['Joyeuse', '07', 'ardeche', 44.4797, 4.2378],
  ['Largentière', '07', 'ardeche', 44.5428, 4.2936],
  ['Annonay', '07', 'hautVivarais', 45.2397, 4.6708],
  ['Lamastre', '07', 'boutieres', 44.9867, 4.5806],
  ['Saint-Agrève', '07', 'boutieres', 45.0108, 4.3961],
  ['Beaufort', '73', 'beaufortain', 45.7186, 6.5728],
  ['Le Châtelard', '73', 'bauges', 45.6864, 6.1342],
  ['Gap', '05', 'gapencais', 44.5594, 6.0786],
  ['Embrun', '05', 'embrunais', 44.5644, 6.495],
  ['Briançon', '05', 'brianconnais', 44.8986, 6.6431],
  ['Eourres', '05', 'baronnies', 44.2003, 5.7286],
  ['Barcelonnette', '04', 'ubaye', 44.3869, 6.6522],
  ['Banon', '04', 'forcalquier', 44.0389, 5.6297],
  ['Digne-les-Bains', '04', 'dignois', 44.0925, 6.2356],
  ['Manosque', '04', 'luberon', 43.8336, 5.7836],
  ['Bonnieux', '84', 'luberon', 43.8231, 5.3072],
  ['Carpentras', '84', 'ventoux', 44.0556, 5.0481],
  ['Correns', '83', 'provenceVerte', 43.4878, 6.0786],
  ['Barjols', '83', 'provenceVerte', 43.5575, 6.0081],
  ['Cotignac', '83', 'provenceVerte', 43.5283, 6.15],
  ['Le Pont-de-Montvert', '48', 'cevennes', 44.365, 3.7478],
  ['Sumène', '30', 'cevennes', 43.9806, 3.7172],
  ['Saint-Hippolyte-du-Fort', '30', 'cevennes', 43.9633, 3.8561],
  ['Ganges', '34', 'cevennes', 43.9342, 3.7081],
  ['Mende', '48', 'lozere', 44.5181, 3.5006],
  ['Saint-Martin-de-Londres', '34', 'picSaintLoup', 43.79, 3.73],
  ['Lézignan-Corbières', '11', 'corbieres', 43.2019, 2.7578],
  ['Espalion', '12', 'aubrac', 44.5225, 2.7633],
  ['Gramat', '46', 'quercy', 44.7806, 1.7253],
  ['Cahors', '46', 'quercy', 44.4475, 1.4419],
  ['Cordes-sur-Ciel', '81', 'tarn', 44.0636, 1.9528],
  ['Auch', '32', 'gers', 43.646, 0.5857],
  ['Lectoure', '32', 'gers', 43.9342, 0.6214],
  ['Nérac', '47', 'albret', 44.1361, 0.3392],
  ['Foix', '09', 'ariege', 42.9653, 1.6069],
  ['Massat', '09', 'couserans', 42.8886, 1.3522],
  ['Mirepoix', '09', 'ariege', 43.0878, 1.8744],
  ['Saint-Gaudens', '31', 'comminges', 43.1081, 0.7233],
  ['Saint-Jean-Pied-de-Port', '64', 'paysBasque', 43.1631, -1.2375],
  ['Espelette', '64', 'paysBasque', 43.34, -1.4472],
  ['Mauléon-Licharre', '64', 'paysBasque', 43.2247, -0.8864],
  ['Oloron-Sainte-Marie', '64', 'bearn', 43.1942, -0.6067],
  ['Céret', '66', 'vallespir', 42.4853, 2.7481],
  ['Meymac', '19', 'millevaches', 45.5358, 2.1464],
  ['Tulle', '19', 'correze', 45.2658, 1.7722],
  ['Aurillac', '15', 'cantal', 44.9264, 2.4397],
  ['Salers', '15', 'cantal', 45.1381, 2.4953],
  ['Murat', '15', 'cantal', 45.11, 2.8689],
  ['Saint-Flour', '15', 'cantal', 45.0339, 3.0931],
  ['Thiers', '63', 'livradoisForez', 45.8564, 3.5475],
  ['Ambert', '63', 'livradoisForez', 45.5497, 3.7417],
  ['Le Puy-en-Velay', '43', 'velay', 45.0434, 3.8858],
  ['Château-Chinon', '58', 'morvan', 47.0642, 3.9336],
  ['Autun', '71', 'morvan', 46.9511, 4.2986],
  ['Vézelay', '89', 'morvan', 47.4661, 3.7478],
  ['Saint-Claude', '39', 'hautJura', 46.3872, 5.8636],
  ['Poligny', '39', 'jura', 46.8375, 5.7058],
  ['Arbois', '39', 'jura', 46.9033, 5.7742],
  ['Lons-le-Saunier', '39', 'jura', 46.6744, 5.5544],
  ['Eguisheim', '68', 'alsace', 48.0428, 7.3058],
  ['Ribeauvillé', '68', 'alsace', 48.195, 7.3194],
  ['Munster', '68', 'valleeMunster', 48.0408, 7.1361],
  ['Gérardmer', '88', 'vosges', 48.0722, 6.8778],
  ['Saint-Dié-des-Vosges', '88', 'vosges', 48.2847, 6.9497],
  ['Langres', '52', 'plateauLangres', 47.8625, 5.3331],
  ['Rocroi', '08', 'ardennes', 49.9258, 4.5217],
  ['Bécherel', '35', 'hauteBretagne', 48.2961, -1.9447],
  ['Commana', '29', 'montsArree', 48.4139, -3.9572],
  ['Douarnenez', '29', 'cornouaille', 48.0925, -4.3297],
  ['Guingamp', '22', 'cotesArmor', 48.5625, -3.1506],
  ['Ploërmel', '56', 'morbihan', 47.9317, -2.3975],
  ['Questembert', '56', 'morbihan', 47.6603, -2.4528],
  ['Guérande', '44', 'guerande', 47.3283, -2.4292],
  ['Clisson', '44', 'vignobleNantais', 47.0869, -1.2817],
  ['Mayenne', '53', 'mayenne', 48.3031, -0.6136],
  ['Saumur', '49', 'saumurois', 47.26, -0.0769],
  ['Mortain', '50', 'bocageNormand', 48.6483, -0.9408],
  ['Bellême', '61', 'perche', 48.375, 0.5603],
  ['Vimoutiers', '61', 'paysAuge', 48.9272, 0.1964],
  ['Coutances', '50', 'cotentin', 49.0475, -1.4453],
  ['Carentan', '50', 'cotentin', 49.3036, -1.2486],
  ['Le Blanc', '36', 'brenne', 46.6331, 1.0628],
  ['Mézières-en-Brenne', '36', 'brenne', 46.8203, 1.2119],
  ['La Châtre', '36', 'berry', 46.5819, 1.9881],
  ['Aubigny-sur-Nère', '18', 'sologne', 47.4878, 2.4394],
  ['Sancerre', '18', 'sancerrois', 47.3314, 2.8358],
  ['Parthenay', '79', 'gatine', 46.6486, -0.2469],
  ['Confolens', '16', 'charenteLimousine', 46.0136, 0.6717],
  ['Sarlat-la-Canéda', '24', 'perigordNoir', 44.89, 1.2167],
  ['Nontron', '24', 'perigordVert', 45.5292, 0.6617],
  ['Ribérac', '24', 'perigord', 45.25, 0.3375],
  ['Bazas', '33', 'bazadais', 44.4317, -0.2128],
  ['Marmande', '47', 'valleeGaronne', 44.5, 0.165],
  ['Mont-de-Marsan', '40', 'landes', 43.89, -0.5],
  ['Rambouillet', '78', 'yvelines', 48.6439, 1.8294],
  ['Provins', '77', 'brie', 48.5597, 3.2994],
  ['Étampes', '91', 'essonne', 48.4344, 2.1619],
  ['Amiens', '80', 'somme', 49.8942, 2.2957],
  ['Saint-Omer', '62', 'audomarois', 50.75, 2.2522],
  ['Avesnes-sur-Helpe', '59', 'avesnois', 50.1231, 3.9275],
  ['Lille', '59', 'lille', 50.6292, 3.0573],
  ['Corte', '2B', 'centreCorse', 42.3061, 9.15],
  ['Sartène', '2A', 'sartenais', 41.6217, 8.9747],
];

export const TOWNS: readonly Town[] = TOWN_ROWS.map(([name, department, pays, lat, lng]) => ({
  name,
  department,
  pays,
  lat,
  lng,
}));

/** Lieux-dits that name farms: "Ferme du Grand Chêne", "Mas de la Combe". */
export const FARM_PLACES = [
  'la Combe', 'le Grand Chêne', 'la Fontaine', 'les Trois Sources', 'Bel Air', 'le Moulin',
  'la Borie', "l'Ormeau", 'la Grange Neuve', 'le Pradel', 'les Granges', 'la Bastide',
  'le Serre', 'la Source', 'le Mas Blanc', 'les Hirondelles', 'le Colombier', 'Peyrol',
  'la Pierre Plantée', 'les Aulnes', 'le Petit Bois', 'la Rivière', 'les Tilleuls', "l'Aubépine",
  'la Bruyère', 'le Buisson', 'Champ Redon', 'la Fage', 'le Castanet', 'les Cailloux',
  'la Clairière', "l'Églantier", 'les Noisetiers', 'la Croix Blanche', 'le Puech', 'la Lande',
  'les Vignes Hautes', 'le Champ du Puits', "l'Estive", 'la Ferrière', 'le Vernet', 'les Mûriers',
  'Kerbiquet', 'Ty Coat', 'la Chanterelle', 'le Sorbier', 'les Pâtures', 'la Tuilerie',
  'Larrazabal', 'le Roc Ferrier',
] as const;

/** Hamlets and quartiers for shared works: "Restauration du béal de Saint-Martin". */
export const HAMLETS = [
  'le Villaret', 'les Plantiers', 'la Roque', 'Saint-Martin', 'le Mazel', 'la Rouvière',
  'Valbonne', 'le Cros', 'Saint-Pierre', 'la Baume', 'le Chambon', 'les Horts',
  'la Salle', 'le Viala', 'Castagnols', 'la Vernède', 'le Bouschet', 'les Abrics',
  'Peyregrosse', 'le Coulet', 'les Oules', 'la Garde', 'Costeilhes', "l'Espinasse",
] as const;

/** Kinds of farm, with "à" contracted: "Biodynamie à la Ferme de la Combe", "au Mas du Pradel". */
export const FARM_KINDS = [
  { name: 'Ferme', at: 'à la Ferme' },
  { name: 'Jardin', at: 'au Jardin' },
  { name: 'Mas', at: 'au Mas' },
  { name: 'Domaine', at: 'au Domaine' },
  { name: 'Jardins', at: 'aux Jardins' },
  { name: 'Bergerie', at: 'à la Bergerie' },
  { name: 'Potager', at: 'au Potager' },
  { name: 'Verger', at: 'au Verger' },
  { name: 'Chèvrerie', at: 'à la Chèvrerie' },
  { name: 'Fournil', at: 'au Fournil' },
  { name: 'Grange', at: 'à la Grange' },
] as const;

export type FarmKind = (typeof FARM_KINDS)[number];

export const VEGETABLES = [
  'tomates', 'courges', 'haricots', 'pommes de terre', 'salades', 'carottes', 'oignons',
  'poireaux', 'choux', 'courgettes', 'aubergines', 'poivrons', 'betteraves', 'radis',
  'épinards', 'fèves', 'petits pois', 'melons', 'piments', 'blettes', 'navets', 'céleris',
  'fenouils', 'panais', 'potirons', 'patates douces', 'artichauts', 'cardons', 'topinambours',
  'rutabagas', 'arroches', 'crosnes', 'tétragones', 'pourpiers', 'ocas du Pérou',
  'cerfeuils tubéreux', 'chervis',
] as const;

/** Grains, pulses and oil seeds kept by seed houses; the tail holds forgotten species. */
export const GRAINS = [
  'blés paysans', 'seigle', 'épeautre', 'sarrasin', 'maïs population', 'lentilles',
  'pois chiches', 'petit épeautre', 'orge', 'avoine', 'blés durs anciens', 'millet',
  'engrain', 'amidonnier', 'sorgho', 'lentillon', 'caméline', 'lupin', 'gesse', 'fénugrec',
] as const;

/** Cereals for fields, mills and bread. */
export const CEREALS = [
  'blés paysans', 'seigle', 'épeautre', 'sarrasin', 'petit épeautre', 'maïs population', 'orge',
  'blés durs anciens', 'avoine', 'engrain', 'amidonnier', 'millet', 'sorgho',
] as const;

export interface FruitTree {
  readonly trees: string;
  readonly fruits: string;
}

export const FRUIT_TREES: readonly FruitTree[] = [
  { trees: 'pommiers', fruits: 'pommes' },
  { trees: 'poiriers', fruits: 'poires' },
  { trees: 'châtaigniers', fruits: 'châtaignes' },
  { trees: 'pruniers', fruits: 'prunes' },
  { trees: 'cerisiers', fruits: 'cerises' },
  { trees: 'noyers', fruits: 'noix' },
  { trees: 'oliviers', fruits: 'olives' },
  { trees: 'figuiers', fruits: 'figues' },
  { trees: 'abricotiers', fruits: 'abricots' },
  { trees: 'pêchers de vigne', fruits: 'pêches de vigne' },
  { trees: 'amandiers', fruits: 'amandes' },
  { trees: 'cognassiers', fruits: 'coings' },
  { trees: 'néfliers', fruits: 'nèfles' },
  { trees: 'cormiers', fruits: 'cormes' },
  { trees: 'mûriers blancs', fruits: 'mûres blanches' },
];

export interface Livestock {
  /** As it reads in a title: "brebis Raïole". */
  readonly herd: string;
  /** What the herd gives: "des agneaux d'herbe et de la laine". */
  readonly produce: string;
}

export const LIVESTOCK: readonly Livestock[] = [
  { herd: 'brebis', produce: "des agneaux d'herbe et de la laine" },
  { herd: 'chèvres', produce: 'des fromages lactiques' },
  { herd: 'vaches Aubrac', produce: "de la viande à l'herbe" },
  { herd: 'brebis Raïole', produce: 'des agneaux et une laine à filer' },
  { herd: 'poules pondeuses', produce: 'des œufs pour trois villages' },
  { herd: 'brebis Lacaune', produce: 'du lait pour des tommes' },
  { herd: 'vaches Salers', produce: 'du lait pour la fourme et des broutards' },
  { herd: 'chèvres du Rove', produce: 'des brousses et des cabris' },
  { herd: 'porcs gascons', produce: 'de la charcuterie sèche' },
  { herd: 'brebis Manech tête noire', produce: "du lait pour le fromage d'estive" },
  { herd: 'vaches vosgiennes', produce: 'du lait pour le munster fermier' },
  { herd: 'chèvres poitevines', produce: 'des fromages cendrés' },
  { herd: 'vaches Bretonne pie noir', produce: 'du lait ribot et du beurre' },
  { herd: "brebis Mérinos d'Arles", produce: 'une laine fine et des agneaux' },
  { herd: 'poules gasconnes', produce: 'des œufs et des volailles de plein air' },
  { herd: 'vaches ferrandaises', produce: 'du lait et des bœufs de travail' },
  { herd: 'brebis Caussenarde des garrigues', produce: 'des agneaux de parcours' },
  { herd: 'chèvres des Pyrénées', produce: 'des tommes de chèvre' },
  { herd: 'vaches Villard-de-Lans', produce: 'du lait pour le bleu du Vercors' },
  { herd: 'vaches maraîchines', produce: 'de la viande de marais' },
  { herd: 'poules Coucou de Rennes', produce: 'des œufs et des coqs de ferme' },
  { herd: 'brebis Thônes et Marthod', produce: "des agneaux d'alpage" },
  { herd: 'vaches Casta', produce: 'des veaux élevés sous la mère' },
];

/** What a farm does, as it follows "Ferme de la Combe :". */
export const FARM_PRACTICES = [
  'maraîchage sur sol vivant', 'maraîchage en biodynamie', 'polyculture-élevage',
  'légumes de plein champ', 'arboriculture en agroforesterie', 'céréales paysannes et pain au levain',
  'plantes aromatiques et médicinales', 'petits fruits et confitures', 'fromages fermiers',
  'viticulture en biodynamie', 'semences potagères', 'maraîchage en traction animale',
  'volailles sous les arbres', 'champignons sur bois', 'châtaigneraie restaurée',
  'oliveraie en biodynamie', 'miel de montagne', 'tisanes et simples', 'légumineuses sèches',
  'pâturage tournant', 'safran et plantes à parfum', 'houblon et orge brassicole', 'pépinière fruitière',
] as const;

/** Waterworks, with the two forms titles need. */
export const WATERWORKS = [
  { the: 'le béal', of: 'du béal' },
  { the: 'le canal', of: 'du canal' },
  { the: 'la béalière', of: 'de la béalière' },
  { the: 'le bief', of: 'du bief' },
  { the: 'la rase', of: 'de la rase' },
  { the: "la prise d'eau", of: "de la prise d'eau" },
  { the: "l'agouille", of: "de l'agouille" },
] as const;

export type Waterwork = (typeof WATERWORKS)[number];

/** Organisations a project works with, with their article: "le CIVAM", "Terre de Liens". */
export const ORGANISATIONS = [
  'la commune', "l'AMAP du village", 'le CIVAM du département', 'Terre de Liens', "l'école communale",
  'le Parc naturel régional', 'la LPO', "l'ADEAR", 'le lycée agricole', 'le Réseau Semences Paysannes',
  'le syndicat de rivière', 'la communauté de communes', "le Conservatoire d'espaces naturels",
  'une CUMA voisine', 'Accueil Paysan', "l'Atelier Paysan", 'Nature & Progrès', 'le centre social',
  "le Mouvement de l'agriculture biodynamique", 'la Confédération paysanne', "l'association des Croqueurs de pommes",
  'Solidarité Paysans', 'la médiathèque', 'le GAB départemental', "l'association syndicale du canal",
  'WWOOF France', 'Afac-Agroforesteries', "l'Agence de l'eau", 'le réseau des Jardins de Cocagne',
  "l'Office national des forêts", 'France Nature Environnement',
] as const;

export const FIRST_NAMES = [
  'Marie', 'Camille', 'Jean', 'Pierre', 'Claire', 'Thomas', 'Léa', 'Nicolas', 'Sophie', 'Julien',
  'Anne', 'Mathieu', 'Lucie', 'Louis', 'Élise', 'Antoine', 'Jeanne', 'Paul', 'Hélène', 'Karim',
  'Manon', 'Michel', 'Odile', 'Hugo', 'Mireille', 'Bernard', 'Inès', 'Yann', 'Fatima', 'Rémi',
  'Chloé', 'Baptiste', 'Nadia', 'Benoît', 'Margaux', 'Mehdi', 'Louise', 'Sylvain', 'Zoé', 'André',
  'Pascale', 'Théo', 'Simone', 'Erwan', 'Agathe', 'Youssef', 'Martine', 'Gabriel', 'Rose', 'Marcel',
  'Sarah', 'Aurélien', 'Josette', 'Samir', 'Gaëlle', 'Léo', 'Monique', 'Raphaël', 'Nolwenn',
  'Dominique', 'Amadou', 'Solène', 'Lucien', 'Yasmine', 'Cédric', 'Anaïs', 'Émile', 'Maëlle',
  'Jérôme', 'Germaine', 'Ibrahima', 'Bérénice', 'Gwenaël', 'Aïcha', 'Augustin', 'Colette',
  'Iñaki', 'Suzanne', 'Fernand', 'Leïla', 'Célestin', 'Paulette', 'Marius', 'Noémie', 'Anatole',
  'Amina', 'Gaston', 'Ophélie', 'Xabi', 'Salomé',
] as const;

/** Soils and sites, after "un sol" / "une terre". */
export const SOILS = [
  'argilo-calcaire', 'caillouteux', 'limoneux', 'granitique', 'sableux', 'schisteux', 'acide',
  'lourd et argileux', 'volcanique', 'de grès', 'de marnes grises', 'de boulbènes',
] as const;

export const SITES = [
  'sur un coteau exposé au sud', 'en fond de vallée', 'en terrasses', 'au bord de la rivière',
  'sur un plateau venté', 'en lisière de forêt', 'au pied de la montagne', 'à la sortie du village',
  'entre deux ruisseaux', 'sur une ancienne friche', 'en zone de bocage', 'dans un cirque calcaire',
] as const;

/** Adjectives with masculine and feminine forms, most common first. */
export const ADJECTIVES = [
  { m: 'partagé', f: 'partagée' },
  { m: 'collectif', f: 'collective' },
  { m: 'paysan', f: 'paysanne' },
  { m: 'nourricier', f: 'nourricière' },
  { m: 'pédagogique', f: 'pédagogique' },
  { m: 'solidaire', f: 'solidaire' },
  { m: 'communal', f: 'communale' },
  { m: 'vivant', f: 'vivante' },
  { m: 'coopératif', f: 'coopérative' },
  { m: 'participatif', f: 'participative' },
  { m: 'conservatoire', f: 'conservatoire' },
  { m: 'intergénérationnel', f: 'intergénérationnelle' },
  { m: 'résilient', f: 'résiliente' },
] as const;

export type Adjective = (typeof ADJECTIVES)[number];

/** Verbs of the collective's work, as infinitives. */
export const VERBS = [
  'cultiver', 'partager', 'transmettre', 'planter', 'semer', 'restaurer', 'nourrir', 'apprendre',
  'relier', 'protéger', 'replanter', 'greffer', 'récolter', 'soigner', 'reconstruire', 'observer',
  'ralentir', 'pailler', 'composter', 'moudre', 'pétrir', 'tailler', 'multiplier', 'sélectionner',
] as const;

/** Why people do it, by category: "pour …". */
export const PURPOSES = {
  agriculture: [
    'nourrir le village sans chimie de synthèse',
    "vivre de la terre sans l'épuiser",
    'redonner de la vie à un sol fatigué par trente ans de maïs',
    'installer une nouvelle génération de paysans',
    'garder des fermes à taille humaine',
  ],
  semences: [
    'garder vivantes des variétés adaptées au climat local',
    'ne plus dépendre des hybrides du commerce',
    'faire circuler les graines de main en main',
    'sélectionner des blés qui tiennent la sécheresse',
  ],
  eau: [
    'que chaque goutte serve avant de rejoindre la rivière',
    'arroser sans pomper dans la nappe',
    "partager l'eau entre voisins comme on le fait depuis des siècles",
    'rendre la vallée moins vulnérable aux sécheresses',
  ],
  transmission: [
    'que les savoir-faire ne partent pas avec les anciens',
    "que les enfants sachent d'où vient ce qu'ils mangent",
    'apprendre en faisant, à plusieurs',
    'relier les générations autour de la terre',
  ],
  habitat: [
    'loger des familles sans bétonner les terres',
    'bâtir avec la terre, la paille et la pierre du pays',
    'habiter la campagne autrement, ensemble',
  ],
  biodiversite: [
    'rendre refuge aux oiseaux, aux insectes et aux chauves-souris',
    'reconnecter les haies, les mares et les bois',
    'laisser une place au sauvage entre les champs',
  ],
  alimentation: [
    'manger local sans que ce soit un luxe',
    'relier les paysans et les habitants',
    'que chacun puisse cuire, conserver et partager',
    'que bien manger ne dépende pas du portefeuille',
  ],
} as const;

/** Words people type into the search box most often. */
export const COMMON_QUERY_WORDS = [
  'jardin', 'ferme', 'eau', 'semences', 'verger', 'haies', 'école', 'pain', 'compost',
  'maraîchage', 'biodynamie', 'abeilles', 'paysans', 'moulin',
] as const;
