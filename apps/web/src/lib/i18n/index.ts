import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, defaultLanguage, directionOf, isLanguage, languages, pickLanguage, rememberLanguage, rememberedLanguage } from './languages';
import { fr, type Messages } from './locales/fr';

/** French ships in the main bundle; every other language is its own small chunk, fetched when chosen. */
const loaders: Record<Exclude<Language, 'fr'>, () => Promise<Messages>> = {
  en: () => import('./locales/en').then((m) => m.en),
  es: () => import('./locales/es').then((m) => m.es),
  de: () => import('./locales/de').then((m) => m.de),
  ar: () => import('./locales/ar').then((m) => m.ar),
  sw: () => import('./locales/sw').then((m) => m.sw),
};

const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLanguage(language) || language === 'fr') return callback(null, fr);
    loaders[language]().then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Starts i18next with the remembered or browser language, and keeps `<html lang dir>` in step with it. */
export async function setupI18n(): Promise<typeof i18next> {
  const language = pickLanguage(rememberedLanguage(), navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', (next) => {
    if (isLanguage(next)) applyToDocument(next);
  });
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: [...languages],
      resources: { fr: { translation: fr } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false }, // React escapes what it renders
      returnNull: false,
    });
  applyToDocument(language);
  return i18next;
}

/** Switches the language for this visit and the next ones. */
export async function chooseLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18next.changeLanguage(language);
}
