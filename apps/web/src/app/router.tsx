import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { PageLoading } from './PageLoading';
import { paths } from './paths';

/**
 * Every page is its own chunk, fetched when first visited. The declarative router keeps React Router's
 * data-router machinery (≈ 10 KB gzipped) out of the initial bundle, which we do not use.
 */
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() => import('../features/errors/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Page><HomePage /></Page>} />
          <Route path="*" element={<Page><NotFoundPage /></Page>} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function Page({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

export { paths };
