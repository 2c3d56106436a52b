import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { PageLoading } from './PageLoading';
import { RequireSession } from './RequireSession';
import { paths } from './paths';

/** A page as its own chunk, fetched when first visited. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = lazyPage(() => import('../features/home/HomePage'), 'HomePage');
const JoinPage = lazyPage(() => import('../features/join/JoinPage'), 'JoinPage');
const RegisterPage = lazyPage(() => import('../features/accounts/RegisterPage'), 'RegisterPage');
const LoginPage = lazyPage(() => import('../features/accounts/LoginPage'), 'LoginPage');
const AccountPage = lazyPage(() => import('../features/accounts/AccountPage'), 'AccountPage');
const IntentsPage = lazyPage(() => import('../features/admin/IntentsPage'), 'IntentsPage');
const AuditPage = lazyPage(() => import('../features/admin/AuditPage'), 'AuditPage');
const ProjectsPage = lazyPage(() => import('../features/projects/ProjectsPage'), 'ProjectsPage');
const ProjectPage = lazyPage(() => import('../features/projects/ProjectPage'), 'ProjectPage');
const RootsPage = lazyPage(() => import('../features/roots/RootsPage'), 'RootsPage');
const ConceptPage = lazyPage(() => import('../features/roots/ConceptPage'), 'ConceptPage');
const ConstellationPage = lazyPage(() => import('../features/constellation/ConstellationPage'), 'ConstellationPage');
const ChatPage = lazyPage(() => import('../features/chat/ChatPage'), 'ChatPage');
const ModerationPage = lazyPage(() => import('../features/admin/ModerationPage'), 'ModerationPage');
const PollsPage = lazyPage(() => import('../features/polls/PollsPage'), 'PollsPage');
const PollPage = lazyPage(() => import('../features/polls/PollPage'), 'PollPage');
const ProjectsAdminPage = lazyPage(() => import('../features/admin/ProjectsAdminPage'), 'ProjectsAdminPage');
const ConceptsAdminPage = lazyPage(() => import('../features/admin/ConceptsAdminPage'), 'ConceptsAdminPage');
const NotFoundPage = lazyPage(() => import('../features/errors/NotFoundPage'), 'NotFoundPage');

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/**
 * The declarative router: React Router's data-router machinery (about 16 KB gzipped) is not used, which
 * keeps the Home page's initial JavaScript under its 120 KB budget.
 */
export function AppRoutes() {
  const admin = ['admin'] as const;
  const moderators = ['moderator', 'admin'] as const;
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Page><HomePage /></Page>} />
          <Route path={paths.projects} element={<Page><ProjectsPage /></Page>} />
          <Route path={paths.project} element={<Page><ProjectPage /></Page>} />
          <Route path={paths.roots} element={<Page><RootsPage /></Page>} />
          <Route path={paths.concept} element={<Page><ConceptPage /></Page>} />
          <Route path={paths.constellation} element={<Page><ConstellationPage /></Page>} />
          <Route path={paths.chat} element={<RequireSession><Page><ChatPage /></Page></RequireSession>} />
          <Route path={paths.polls} element={<Page><PollsPage /></Page>} />
          <Route path={paths.poll} element={<Page><PollPage /></Page>} />
          <Route path={paths.join} element={<Page><JoinPage /></Page>} />
          <Route path={paths.register} element={<Page><RegisterPage /></Page>} />
          <Route path={paths.login} element={<Page><LoginPage /></Page>} />
          <Route path={paths.account} element={<RequireSession><Page><AccountPage /></Page></RequireSession>} />
          <Route path={paths.adminIntents} element={<RequireSession roles={admin}><Page><IntentsPage /></Page></RequireSession>} />
          <Route path={paths.adminAudit} element={<RequireSession roles={admin}><Page><AuditPage /></Page></RequireSession>} />
          <Route path={paths.adminModeration} element={<RequireSession roles={moderators}><Page><ModerationPage /></Page></RequireSession>} />
          <Route path={paths.adminProjects} element={<RequireSession roles={moderators}><Page><ProjectsAdminPage /></Page></RequireSession>} />
          <Route path={paths.adminConcepts} element={<RequireSession roles={moderators}><Page><ConceptsAdminPage /></Page></RequireSession>} />
          <Route path="*" element={<Page><NotFoundPage /></Page>} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
