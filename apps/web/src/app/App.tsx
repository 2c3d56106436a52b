import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EcoModeProvider } from '../lib/eco/eco-mode';
import { AppRoutes } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    // Data changes slowly here; refetching on every focus would only cost requests and bytes.
    queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1 },
  },
});

export function App() {
  return (
    <EcoModeProvider>
      <QueryClientProvider client={queryClient}>
        <AppRoutes />
      </QueryClientProvider>
    </EcoModeProvider>
  );
}
