/** The six languages of the platform, French first (the default and the fallback). */
export const languages = ['fr', 'en', 'es', 'de', 'ar', 'sw'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';

const storageKey = 'egoejo_lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** A remembered choice wins; otherwise the first browser language we speak (`de-CH` → `de`); otherwise French. */
export function pickLanguage(remembered: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return defaultLanguage;
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

export function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage can be disabled (private mode, policies): then the browser language decides
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // not remembered, still applied for this visit
  }
}
