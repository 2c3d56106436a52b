/**
 * French, the reference language: every other locale is typed against this one (see `Messages`),
 * so a missing or extra key is a compile error, and `i18n.test.ts` checks the same at run time.
 */
export const fr = {
  app: {
    name: 'EGOEJO',
    tagline: 'Collectif pour le vivant',
    skipLink: 'Aller au contenu',
    loading: 'Chargement…',
    error: 'Une erreur est survenue. Réessayez dans un instant.',
    retry: 'Réessayer',
    offline: 'Vous êtes hors ligne : les changements seront envoyés au retour de la connexion.',
  },
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    projects: 'Projets',
    roots: 'Racines & Philosophie',
    constellation: 'Constellation',
    chat: 'Discussions',
    polls: 'Votes',
    join: 'Rejoindre',
    login: 'Se connecter',
    register: 'Créer un compte',
    account: 'Mon compte',
    logout: 'Se déconnecter',
    admin: 'Administration',
    menu: 'Menu',
  },
  footer: {
    label: 'Pied de page',
    about: 'EGOEJO relie des citoyennes et citoyens à des projets sociaux et écologiques au service du vivant.',
    rights: 'Association EGOEJO',
    privacy: 'Vos données : exportables et effaçables depuis votre compte.',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
    es: 'Español',
    de: 'Deutsch',
    ar: 'العربية',
    sw: 'Kiswahili',
  },
  eco: {
    toggle: 'Mode éco',
    on: 'Mode éco activé : pas d’animation ni de 3D, images légères.',
    off: 'Mode éco désactivé.',
    lowPower: 'Mode basse consommation activé automatiquement',
    reasons: {
      reducedMotion: 'mouvements réduits demandés',
      saveData: 'économie de données demandée',
      lowBattery: 'batterie faible',
      slowNetwork: 'connexion lente',
    },
  },
  home: {
    title: 'Accueil',
    kicker: 'Collectif pour le vivant',
    heading: 'Habiter la Terre autrement, ensemble',
    lead: 'EGOEJO relie habitantes, habitants, associations et territoires autour de projets qui prennent soin du sol, de l’eau, des semences et des liens entre les personnes.',
    joinCta: 'Rejoindre le collectif',
    supportCta: 'Soutenir',
    projectsCta: 'Découvrir les projets',
    pillarsHeading: 'Nos trois piliers',
    pillars: {
      connect: {
        title: 'Relier',
        text: 'Tisser des alliances entre les habitants, les organisations et les territoires pour agir à plusieurs.',
      },
      learn: {
        title: 'Apprendre en faisant',
        text: 'Se former sur le terrain, les mains dans la terre, aux pratiques qui régénèrent le vivant.',
      },
      transmit: {
        title: 'Transmettre',
        text: 'Faire passer les savoirs, anciens et nouveaux, par des formats vivants et partagés.',
      },
    },
    featuredHeading: 'Projets à la une',
    featuredAll: 'Voir tous les projets',
    supportHeading: 'Devenez allié·e du vivant',
    supportText: 'Votre adhésion et vos dons font vivre les projets du collectif. Les paiements se font sur des plateformes externes sécurisées.',
    membership: 'Adhérer à l’association',
    membershipText: 'Une adhésion annuelle pour participer à la vie du collectif.',
    donation: 'Faire un don',
    donationText: 'Un don, ponctuel ou régulier, pour soutenir les projets.',
    externalLink: '(site externe)',
    supportSoon: 'Les liens d’adhésion et de don seront bientôt disponibles. En attendant, rejoignez-nous !',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Cette page n’existe pas ou a été déplacée.',
    back: 'Retour à l’accueil',
  },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
/** The shape every locale must have: the same keys as French, any strings. */
export type Messages = DeepStrings<typeof fr>;
