/** Small French grammar helpers for generated text: prepositions with place names, lists, capitals. */

const STARTS_WITH_VOWEL = /^[aeiouyàâéèêëîïôöûüœ]/i;

/** "de" or "d'" before a word: "de tomates", "d'oignons". */
export function de(word: string): string {
  return STARTS_WITH_VOWEL.test(word) ? `d'${word}` : `de ${word}`;
}

/** "que" or "qu'" before a word. */
export function que(word: string): string {
  return STARTS_WITH_VOWEL.test(word) ? `qu'${word}` : `que ${word}`;
}

/**
 * "de" + a name (place, organisation), contracting articles: "Die" → "de Die",
 * "Anduze" → "d'Anduze", "Le Vigan" → "du Vigan", "les Cévennes" → "des Cévennes",
 * "La Cavalerie" → "de La Cavalerie", "le CIVAM" → "du CIVAM", "l'Ormeau" → "de l'Ormeau".
 */
export function ofName(name: string): string {
  if (/^le /i.test(name)) return `du ${name.slice(3)}`;
  if (/^les /i.test(name)) return `des ${name.slice(4)}`;
  if (/^(la |l')/i.test(name)) return `de ${name}`;
  return de(name);
}

/** "à" + a name: "à Die", "au Vigan", "aux Vans", "à La Cavalerie", "à l'Ormeau". */
export function atName(name: string): string {
  if (/^le /i.test(name)) return `au ${name.slice(3)}`;
  if (/^les /i.test(name)) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** "a", "a et b", "a, b et c". */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`;
}

const SMALL_NUMBERS = [
  'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix',
  'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
] as const;

/** Numbers up to sixteen in words, larger ones in digits, as French prose writes them. */
export function numberInWords(value: number): string {
  return SMALL_NUMBERS[value] ?? String(value);
}
