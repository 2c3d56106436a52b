/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { languages } from './languages';
import { ar } from './locales/ar';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr, type Messages } from './locales/fr';
import { sw } from './locales/sw';

const locales: Record<(typeof languages)[number], Messages> = { fr, en, es, de, ar, sw };

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value as object, name)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const reference = flatten(fr);

describe('translations', () => {
  it.each(languages.filter((l) => l !== 'fr'))('%s has exactly the French keys, none empty, with the same placeholders', (language) => {
    const messages = flatten(locales[language]);
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of messages) {
      expect(text.trim(), `${language}:${key}`).not.toBe('');
      expect(placeholders(text), `${language}:${key}`).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });

  it('has a loader for every language the selector offers', () => {
    expect(Object.keys(locales).sort()).toEqual([...languages].sort());
  });
});

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return componentFiles(full);
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [full] : [];
  });
}

/** Visible text a component writes itself: JSX text and string-valued labelling attributes. */
function hardCodedTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && labelling.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (/\p{L}/u.test(node.initializer.text)) found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
const labelling = new Set(['aria-label', 'placeholder', 'title', 'alt', 'aria-description']);

describe('components', () => {
  it('show no hard-coded text: JSX text and labelling attributes go through t()', () => {
    const offenders = componentFiles(sourceRoot).flatMap((file) =>
      hardCodedTexts(file).map((text) => `${path.relative(sourceRoot, file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });
});
