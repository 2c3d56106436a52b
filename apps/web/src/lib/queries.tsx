import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';

/** One cache for the whole visit, shared by every page that fetches with TanStack Query. */
export const queryClient = new QueryClient({
  defaultOptions: {
    // Data changes slowly here; refetching on every focus would only cost requests and bytes.
    queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1 },
  },
});

/**
 * Gives a page the query client. Pages wrap themselves rather than the app root doing it, so that
 * TanStack Query (≈ 8 KB gzipped) loads with the first page that needs it, not with the Home page.
 */
export function withQueries<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function WithQueries(props: P) {
    return (
      <QueryClientProvider client={queryClient}>
        <Page {...props} />
      </QueryClientProvider>
    );
  }
  WithQueries.displayName = `WithQueries(${Page.displayName ?? Page.name})`;
  return WithQueries;
}
