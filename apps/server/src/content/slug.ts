/** URL-safe slugs: lower-case ASCII letters and digits joined by single hyphens. */

const MAX_SLUG_BASE_LENGTH = 80;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Removes accents and ligatures: "Forêt-jardin Œuvre" → "Foret-jardin Oeuvre". */
export function stripAccents(text: string): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/** "Ferme du Grand Chêne : maraîchage à Die" → "ferme-du-grand-chene-maraichage-a-die". */
export function slugify(text: string): string {
  const words = stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_BASE_LENGTH && slug !== '') break;
    slug = next.slice(0, MAX_SLUG_BASE_LENGTH);
  }
  return slug === '' ? 'sans-titre' : slug;
}
