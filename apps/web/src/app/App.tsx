import { EcoModeProvider } from '../lib/eco/eco-mode';
import { AppRoutes } from './router';

export function App() {
  return (
    <EcoModeProvider>
      <AppRoutes />
    </EcoModeProvider>
  );
}
