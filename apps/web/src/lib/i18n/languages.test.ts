import { describe, expect, it } from 'vitest';
import { directionOf, pickLanguage } from './languages';

describe('language choice', () => {
  it('prefers the remembered choice over the browser', () => {
    expect(pickLanguage('sw', ['de-DE', 'en'])).toBe('sw');
  });

  it('follows the first browser language we speak, by its base tag', () => {
    expect(pickLanguage(null, ['pt-BR', 'de-CH', 'en'])).toBe('de');
  });

  it('falls back to French, and ignores a remembered value that is not a language', () => {
    expect(pickLanguage('xx', ['pt-BR'])).toBe('fr');
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});
