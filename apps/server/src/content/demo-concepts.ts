/**
 * The "Racines & Philosophie" concepts shown on an empty platform. Pure data.
 * Sources are stable public pages (Wikipédia, official sites, United Nations documents).
 */
import type { DemoConcept } from './types.js';

const paragraphs = (...texts: readonly string[]): string => texts.join('\n\n');

export const demoConcepts: readonly DemoConcept[] = [
  {
    slug: 'rudolf-steiner',
    title: 'Rudolf Steiner',
    summary: `Philosophe autrichien, fondateur de l'anthroposophie, dont le cours donné à Koberwitz en 1924 est à l'origine de l'agriculture biodynamique.`,
    body: paragraphs(
      `Rudolf Steiner naît en 1861 à Kraljevec, alors dans l'empire d'Autriche, aujourd'hui en Croatie. Éditeur des écrits scientifiques de Goethe, il en retient une méthode : observer les phénomènes vivants dans leur devenir, avec un regard à la fois précis et sensible.`,
      `Au début du XXe siècle, il fonde l'anthroposophie, un courant spirituel et philosophique dont sont issues, entre autres, la pédagogie Steiner-Waldorf, une médecine et une agriculture. Le Goetheanum, à Dornach en Suisse, en est le centre.`,
      `En juin 1924, à la demande d'agriculteurs inquiets de la baisse de fertilité de leurs sols et de la qualité de leurs semences, il donne au domaine de Koberwitz, en Silésie (aujourd'hui Kobierzyce, en Pologne), huit conférences publiées sous le titre de Cours aux agriculteurs. Il y décrit la ferme comme un organisme, aussi autonome que possible, et y propose les préparations qui deviendront la base de la biodynamie. Il meurt l'année suivante, en 1925.`,
      `Son œuvre est immense et suscite des lectures très diverses, de l'adhésion au scepticisme. Dans le collectif, nous en retenons surtout une attitude : considérer la ferme comme un être vivant, prendre l'observation au sérieux, et relier l'agriculture à la santé des sols, des plantes, des bêtes et des humains.`,
    ),
    era: '1861–1925',
    sources: [
      { label: 'Rudolf Steiner — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Rudolf_Steiner' },
      { label: 'Anthroposophie — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Anthroposophie' },
      { label: 'Goetheanum, Dornach', url: 'https://www.goetheanum.ch/' },
    ],
    tags: ['anthroposophie', 'biodynamie', 'histoire', '1924'],
  },
  {
    slug: 'biodynamie',
    title: 'Biodynamie',
    summary: `L'agriculture issue du Cours aux agriculteurs de 1924 : la ferme pensée comme un organisme vivant, nourrie par son compost et ses préparations.`,
    body: paragraphs(
      `L'agriculture biodynamique naît des huit conférences données par Rudolf Steiner à Koberwitz en juin 1924, le Cours aux agriculteurs. Un cercle d'expérimentation se forme aussitôt pour mettre ses indications à l'épreuve ; la marque Demeter apparaît à la fin des années 1920.`,
      `Au cœur de la biodynamie se trouve l'idée d'« organisme agricole » : une ferme diversifiée, avec ses cultures, ses prairies, ses animaux et ses haies, qui produit autant que possible sa propre fertilité. Le fumier et le compost y tiennent une place centrale.`,
      `Les préparations en sont la partie la plus connue : la bouse de corne (500), enterrée l'hiver dans des cornes de vache puis pulvérisée sur les sols ; la silice de corne (501), pulvérisée sur les plantes ; et six préparations à base d'achillée, de camomille, d'ortie, d'écorce de chêne, de pissenlit et de valériane, ajoutées au compost. Elles sont « dynamisées » dans l'eau avant usage. Beaucoup de biodynamistes suivent aussi un calendrier des semis lié aux rythmes de la Lune et des planètes.`,
      `La biodynamie est discutée : certains de ses fondements ne relèvent pas de la science expérimentale, et les études sur ses effets propres donnent des résultats contrastés. Ses pratiques agronomiques, rotations, compost, diversité, refus de la chimie de synthèse, sont en revanche largement partagées avec l'agriculture biologique. Dans le collectif, des fermes biodynamiques côtoient des fermes qui ne le sont pas, et c'est dans l'échange d'observations que nous trouvons le plus de richesse.`,
    ),
    era: '1924',
    sources: [
      { label: 'Agriculture biodynamique — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Agriculture_biodynamique' },
      { label: "Mouvement de l'agriculture bio-dynamique", url: 'https://www.bio-dynamie.org/' },
      { label: 'Demeter France', url: 'https://www.demeter.fr/' },
    ],
    tags: ['biodynamie', 'compost', 'sol', 'Cours aux agriculteurs'],
  },
  {
    slug: 'permaculture',
    title: 'Permaculture',
    summary: `Une méthode de conception de lieux de vie et de systèmes agricoles durables, formulée en Australie par Bill Mollison et David Holmgren à la fin des années 1970.`,
    body: paragraphs(
      `Le mot « permaculture », contraction de permanent agriculture puis de permanent culture, apparaît en 1978 avec la publication de Permaculture One par Bill Mollison et David Holmgren, en Tasmanie. Mollison, biologiste, et Holmgren, alors étudiant, cherchent des systèmes agricoles qui s'inspirent des écosystèmes naturels plutôt que de les combattre.`,
      `La permaculture repose sur trois éthiques : prendre soin de la Terre, prendre soin de l'humain, partager équitablement. David Holmgren en a proposé en 2002 douze principes de conception, parmi lesquels « observer et interagir », « capter et stocker l'énergie », « ne pas produire de déchets » ou « utiliser les bordures et valoriser la marge ».`,
      `Plus qu'un ensemble de techniques, c'est une démarche de conception : on observe longtemps un lieu, le soleil, l'eau, le vent, les sols, les usages, avant de placer chaque élément là où il rend le plus de services aux autres. Le zonage, les buttes, les forêts-jardins, la gestion de l'eau selon les courbes de niveau en sont des applications connues.`,
      `Comme tout mouvement populaire, la permaculture a ses excès, surtout quand elle promet des rendements miraculeux. Ses meilleures réalisations sont patientes, modestes et bien observées. C'est cet esprit que cherchent les projets du collectif qui s'en réclament.`,
    ),
    era: '1978',
    sources: [
      { label: 'Permaculture — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Permaculture' },
      { label: 'Bill Mollison — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Bill_Mollison' },
      { label: 'David Holmgren — Wikipedia (en)', url: 'https://en.wikipedia.org/wiki/David_Holmgren' },
    ],
    tags: ['permaculture', 'conception', 'écosystèmes'],
  },
  {
    slug: 'agroecologie',
    title: 'Agroécologie',
    summary: `À la fois science, ensemble de pratiques et mouvement social : concevoir l'agriculture à partir des processus écologiques et des savoirs paysans.`,
    body: paragraphs(
      `Le mot apparaît dès la fin des années 1920, mais l'agroécologie prend forme dans les années 1980, notamment avec les travaux de Miguel Altieri et de Stephen Gliessman, entre l'Amérique latine et les États-Unis. Elle part d'une idée simple : une parcelle cultivée est un écosystème, et l'on gagne à la comprendre comme tel.`,
      `Ses pratiques sont connues : diversifier les cultures et les associer, allonger les rotations, couvrir les sols, intégrer l'élevage et les arbres, favoriser les auxiliaires plutôt que les pesticides, recycler la matière organique. Elle s'appuie autant sur la recherche que sur les savoirs paysans, qu'elle considère comme une connaissance à part entière.`,
      `L'agroécologie est aussi un mouvement social, porté par des organisations paysannes du monde entier, qui la lie à la souveraineté alimentaire et à l'autonomie des fermes. En France, Pierre Rabhi l'a fait connaître dès les années 1980, à partir de son expérience en Ardèche et au Burkina Faso.`,
      `Pour le collectif, l'agroécologie est moins une étiquette qu'un fil conducteur : elle relie le maraîcher sur sol vivant, l'éleveur de races locales, la cantine qui achète à côté et le jardin d'école. Elle se transmet de paysan à paysan, en faisant.`,
    ),
    era: 'années 1980',
    sources: [
      { label: 'Agroécologie — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Agro%C3%A9cologie' },
      { label: 'Pierre Rabhi — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Pierre_Rabhi' },
      { label: 'Agroecology — Wikipedia (en)', url: 'https://en.wikipedia.org/wiki/Agroecology' },
    ],
    tags: ['agroécologie', 'paysannerie', 'souveraineté alimentaire'],
  },
  {
    slug: 'semences-paysannes',
    title: 'Semences paysannes et droits des paysans',
    summary: `Des semences sélectionnées, reproduites et échangées par les paysans eux-mêmes, et le droit de le faire, affirmé par les Nations unies en 2018.`,
    body: paragraphs(
      `Pendant dix mille ans, chaque paysan a aussi été sélectionneur : il gardait une part de sa récolte pour la ressemer, choisissait les plus beaux épis, échangeait avec ses voisins. Les variétés ainsi façonnées, diverses et évolutives, sont ce qu'on appelle aujourd'hui des variétés paysannes ou variétés-populations.`,
      `Au XXe siècle, la sélection s'est professionnalisée. En France, seules les variétés inscrites au Catalogue officiel, donc distinctes, homogènes et stables, peuvent être vendues ; les hybrides F1, qui ne se ressèment pas fidèlement, se sont généralisés. La diversité cultivée s'est effondrée, et avec elle une part de l'autonomie des fermes.`,
      `Depuis le début des années 2000, des paysans et des jardiniers relancent la sélection à la ferme. Le Réseau Semences Paysannes, créé en 2003, rassemble en France des dizaines d'organisations ; un peu partout naissent des maisons des semences, lieux collectifs où l'on conserve, multiplie et échange les variétés.`,
      `Côté droit, le Traité international sur les ressources phytogénétiques pour l'alimentation et l'agriculture (2001) reconnaît les droits des agriculteurs à conserver, utiliser et échanger leurs semences, dans le cadre des lois nationales. La Déclaration des Nations unies sur les droits des paysans, adoptée en 2018, affirme dans son article 19 le droit aux semences. Entre ces textes et la réalité des catalogues, les débats restent vifs, et c'est aussi pour cela que les maisons des semences comptent.`,
    ),
    era: '2001–2018',
    sources: [
      { label: 'Réseau Semences Paysannes', url: 'https://www.semencespaysannes.org/' },
      {
        label: 'Déclaration des Nations unies sur les droits des paysans (A/RES/73/165)',
        url: 'https://undocs.org/fr/A/RES/73/165',
      },
      {
        label: 'Traité international sur les ressources phytogénétiques (FAO)',
        url: 'https://www.fao.org/plant-treaty/fr/',
      },
    ],
    tags: ['semences', 'droits des paysans', 'biodiversité cultivée', 'communs'],
  },
  {
    slug: 'communs',
    title: 'Les communs (Elinor Ostrom)',
    summary: `Des ressources partagées, un canal, une forêt, des semences, un four, gérées durablement par la communauté qui en vit, selon des règles qu'elle se donne.`,
    body: paragraphs(
      `En 1968, l'écologue Garrett Hardin publie « La tragédie des communs » : selon lui, une ressource ouverte à tous finit toujours surexploitée, et seules la propriété privée ou la gestion par l'État peuvent la protéger. L'argument a longtemps fait autorité.`,
      `La politologue américaine Elinor Ostrom a passé sa carrière à montrer que la réalité est plus riche. Dans Governing the Commons (1990), traduit en français sous le titre La Gouvernance des biens communs, elle étudie des communautés qui gèrent depuis des siècles des ressources partagées : alpages suisses, forêts japonaises, systèmes d'irrigation espagnols et philippins, pêcheries. En 2009, elle devient la première femme à recevoir le prix de la Banque de Suède en sciences économiques en mémoire d'Alfred Nobel.`,
      `Ostrom dégage des principes communs aux gestions qui durent : des limites claires à la ressource et au groupe, des règles adaptées au lieu et élaborées par ceux qui les appliquent, une surveillance par les usagers eux-mêmes, des sanctions graduées, des moyens simples de régler les conflits, et la reconnaissance de ce droit à s'organiser par les autorités.`,
      `Les communs sont partout dans nos projets : un béal entretenu par corvées et partagé par tours d'eau, un four banal, une maison des semences, un moulin coopératif, une terre de section. Ils rappellent qu'entre le marché et l'État il existe une autre voie, vieille comme les villages : décider ensemble de ce que l'on partage.`,
    ),
    era: '1990',
    sources: [
      { label: 'Elinor Ostrom — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Elinor_Ostrom' },
      { label: 'Communs — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Communs' },
      { label: 'Elinor Ostrom, prix 2009 — nobelprize.org', url: 'https://www.nobelprize.org/prizes/economic-sciences/2009/ostrom/facts/' },
    ],
    tags: ['communs', 'gouvernance', 'eau', 'coopération'],
  },
  {
    slug: 'keyline-design',
    title: 'Keyline design (P. A. Yeomans)',
    summary: `Une méthode australienne pour organiser une ferme à partir de l'eau : lire le relief, repérer les points clés, et travailler le sol pour que la pluie s'infiltre au lieu de ruisseler.`,
    body: paragraphs(
      `Percival Alfred Yeomans, venu du monde minier, a mis au point le keyline design dans les années 1940 et 1950 sur ses fermes de Nevallan et Yobarnie, près de Sydney, après un grand incendie qui avait dévasté la propriété familiale. Il l'a exposé en 1954 dans The Keyline Plan, puis dans d'autres livres, dont Water for Every Farm.`,
      `L'idée centrale tient dans le relief : dans chaque vallon, le « point clé » est l'endroit où la pente change et où l'eau ralentit. La « ligne clé » qui passe par ce point guide tout le travail du sol. En travaillant parallèlement à elle, légèrement en pente vers les crêtes, on déplace l'eau des fonds humides vers les croupes sèches et on l'aide à s'infiltrer.`,
      `Yeomans a aussi proposé une « échelle de permanence » pour concevoir une ferme, des éléments les plus difficiles à changer aux plus faciles : le climat, le relief, l'eau, les chemins, les arbres, les bâtiments, les clôtures, le sol. On dessine dans cet ordre. Il a conçu une charrue à dents droites qui ameublit le sous-sol sans le retourner.`,
      `Le keyline design a beaucoup inspiré la permaculture et les démarches actuelles d'« hydrologie régénérative ». Il ne fait pas de miracle sur un sol mort : il ouvre le chemin à l'eau, mais ce sont les racines, la vie du sol et les couverts qui la retiennent.`,
    ),
    era: '1954',
    sources: [
      { label: 'Keyline design — Wikipedia (en)', url: 'https://en.wikipedia.org/wiki/Keyline_design' },
      { label: 'P. A. Yeomans — Wikipedia (en)', url: 'https://en.wikipedia.org/wiki/P._A._Yeomans' },
    ],
    tags: ['eau', 'relief', 'sol', 'conception'],
  },
  {
    slug: 'agroforesterie',
    title: 'Agroforesterie',
    summary: `Associer sur une même parcelle des arbres, des cultures et parfois des animaux, pour qu'ils s'entraident plutôt que de se concurrencer.`,
    body: paragraphs(
      `Les prés-vergers normands, les châtaigneraies pâturées des Cévennes, les noyers plantés dans les champs du Dauphiné, les dehesas espagnoles : l'agroforesterie est une très vieille pratique. Elle a reculé au XXe siècle avec la mécanisation et les remembrements, qui ont fait des arbres des obstacles.`,
      `Elle revient depuis les années 1990, portée en France par des chercheurs, notamment sur le domaine de Restinclières près de Montpellier, et par des agriculteurs pionniers. Les essais montrent qu'une parcelle agroforestière bien conçue peut produire davantage que la même surface partagée entre cultures et bois séparés, parce qu'arbres et cultures n'utilisent pas les mêmes ressources au même moment ni à la même profondeur.`,
      `Les arbres protègent les sols de l'érosion, remontent des éléments nutritifs profonds, abritent les auxiliaires, freinent le vent et l'évaporation, stockent du carbone, et offrent à terme du bois, des fruits ou du fourrage. Les haies, les alignements dans les parcelles, les prés-vergers et les forêts-jardins en sont autant de formes.`,
      `L'agroforesterie oblige à penser sur plusieurs décennies : celui qui plante les noyers ne récoltera peut-être pas leur bois. C'est une agriculture de transmission par excellence, et c'est pour cela qu'elle tient une place particulière dans le collectif.`,
    ),
    era: "depuis l'Antiquité ; renouveau dans les années 1990",
    sources: [
      { label: 'Agroforesterie — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Agroforesterie' },
      { label: "Association française d'agroforesterie", url: 'https://www.agroforesterie.fr/' },
    ],
    tags: ['arbres', 'haies', 'sol', 'climat'],
  },
  {
    slug: 'masanobu-fukuoka',
    title: 'Masanobu Fukuoka',
    summary: `Microbiologiste devenu paysan sur l'île de Shikoku, auteur de La Révolution d'un seul brin de paille et penseur de l'« agriculture naturelle », celle du non-agir.`,
    body: paragraphs(
      `Masanobu Fukuoka naît en 1913 dans la préfecture d'Ehime, sur l'île japonaise de Shikoku. Microbiologiste spécialisé dans les maladies des plantes, il quitte à vingt-cinq ans son poste aux services des douanes de Yokohama après une crise intérieure, et revient sur la ferme familiale pour mettre à l'épreuve une intuition : et si l'on pouvait cultiver en faisant moins ?`,
      `Pendant plus de trente ans, il affine ce qu'il appelle l'« agriculture naturelle » : ni labour, ni engrais chimiques ni compost préparé, ni désherbage au sens habituel, ni pesticides. Le riz et l'orge se succèdent sans travail du sol, semés dans un couvert de trèfle blanc, sous la paille de la récolte précédente. Ses rendements soutiennent la comparaison avec ceux de ses voisins.`,
      `Il popularise les boulettes d'argile garnies d'un mélange de graines, que l'on lance sur le sol et qui germent à la pluie, à l'abri des oiseaux. Son livre La Révolution d'un seul brin de paille, paru au Japon en 1975, est traduit dans le monde entier. Il reçoit en 1988 le prix Ramon Magsaysay et meurt en 2008.`,
      `Fukuoka est plus philosophe que technicien : sa méthode, liée à son climat et à son sol, ne se recopie pas telle quelle. Ce qu'il transmet, c'est une question : avant d'intervenir, se demander si c'est nécessaire. Beaucoup de pratiques de sol vivant et de permaculture lui doivent cette humilité.`,
    ),
    era: '1913–2008',
    sources: [
      { label: 'Masanobu Fukuoka — Wikipédia', url: 'https://fr.wikipedia.org/wiki/Masanobu_Fukuoka' },
      { label: 'The One-Straw Revolution — Wikipedia (en)', url: 'https://en.wikipedia.org/wiki/The_One-Straw_Revolution' },
    ],
    tags: ['agriculture naturelle', 'non-agir', 'sol vivant', 'semences'],
  },
];
