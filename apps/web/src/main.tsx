import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { restoreSession } from './lib/api/session';
import { setupI18n } from './lib/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The language must be loaded before the first paint; the session is restored in parallel and the
// header updates when it is known.
void restoreSession();
await setupI18n();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
