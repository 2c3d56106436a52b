import 'i18next';
import type { Messages } from './locales/fr';

// Typed keys: `t('home.heading')` is checked at compile time against the French reference.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
