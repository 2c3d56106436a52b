/**
 * Every HTTP path of the API, in one place, so that the server's routes and the web app's client
 * cannot drift apart (the original front end called paths that did not exist).
 */
export const ApiPath = {
  health: '/api/health',
  ready: '/api/ready',
  openapi: '/api/openapi.json',
  formStamp: '/api/forms/stamp',
  register: '/api/auth/register',
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  meExport: '/api/auth/me/export',
  password: '/api/auth/password',
  intents: '/api/intents',
  adminIntents: '/api/admin/intents',
  adminIntentsCsv: '/api/admin/intents.csv',
  adminIntent: '/api/admin/intents/:id',
  adminAudit: '/api/admin/audit',
  polls: '/api/polls',
  poll: '/api/polls/:id',
  pollOpen: '/api/polls/:id/open',
  pollClose: '/api/polls/:id/close',
  pollBallots: '/api/polls/:id/ballots',
  projects: '/api/projects',
  project: '/api/projects/:slug',
  concepts: '/api/concepts',
  concept: '/api/concepts/:slug',
  conceptProjects: '/api/concepts/:slug/projects',
  conceptProject: '/api/concepts/:slug/projects/:projectSlug',
  constellation: '/api/constellation',
  search: '/api/search',
  legacyProjectSearch: '/api/projets/search/',
  reports: '/api/reports',
  ownModerationItems: '/api/moderation/items/mine',
  moderationAppeal: '/api/moderation/items/:id/appeal',
  adminModerationQueue: '/api/admin/moderation/queue',
  adminModerationDecision: '/api/admin/moderation/items/:id/decision',
  adminModerationScore: '/api/admin/moderation/score',
  chatThreads: '/api/chat/threads',
  chatThread: '/api/chat/threads/:id',
  chatThreadMembers: '/api/chat/threads/:id/members',
  chatThreadLeave: '/api/chat/threads/:id/members/me',
  chatThreadMessages: '/api/chat/threads/:id/messages',
  chatThreadRead: '/api/chat/threads/:id/read',
  chatMessage: '/api/chat/messages/:id',
  media: '/api/media',
  mediaItem: '/api/media/:id',
} as const;

/** Fills `:name` segments of a path. */
export function pathWith(path: string, params: Record<string, string | number>): string {
  return path.replace(/:([a-zA-Z]+)/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
}
