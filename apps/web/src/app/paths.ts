/** Every page address of the web app, in one place (French slugs, as the collective's site has them). */
export const paths = {
  home: '/',
  projects: '/projets',
  project: '/projets/:slug',
  roots: '/racines-philosophie',
  concept: '/racines-philosophie/:slug',
  constellation: '/constellation',
  chat: '/discussions',
  polls: '/votes',
  poll: '/votes/:id',
  join: '/rejoindre',
  register: '/inscription',
  login: '/connexion',
  account: '/compte',
  adminIntents: '/admin/adhesions',
  adminAudit: '/admin/journal',
  adminModeration: '/admin/moderation',
} as const;
