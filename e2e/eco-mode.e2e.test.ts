import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor } from './browser';
import { initialScriptGzipBytes } from './bundle-budget';
import { measurePage, type PageMeasure } from './measure';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const pages = [
  { path: '/', heading: 'Habiter la Terre autrement, ensemble' },
  { path: '/projets', heading: 'Projets' },
  { path: '/constellation', heading: 'Constellation' },
];
const results: Record<string, { normal: PageMeasure; eco: PageMeasure }> = {};

describe('Eco-Mode is measurably lighter (DESIGN §8)', () => {
  it.each(pages)('$path: fewer bytes and requests, no WebGL, no animation frames while idle', async ({ path, heading }) => {
    const normal = await measurePage(browser, path, heading, { eco: false });
    const eco = await measurePage(browser, path, heading, { eco: true });
    results[path] = { normal, eco };
    expect(eco.bytes).toBeLessThan(normal.bytes);
    expect(eco.requests).toBeLessThanOrEqual(normal.requests);
    expect(eco.webgl).toBe(false);
    expect(eco.idleAnimationFrames).toBe(0);
  });

  it('Low Power Mode turns on by itself with prefers-reduced-motion, and the toggle is remembered', async () => {
    const context = await newVisitor(browser, { reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByText('Mode basse consommation activé automatiquement').waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('eco'))).toBe(true);
    await context.close();

    const other = await newVisitor(browser);
    const second = await other.newPage();
    await second.goto('/');
    const toggle = second.getByRole('switch', { name: 'Mode éco' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await second.reload();
    expect(await second.getByRole('switch', { name: 'Mode éco' }).getAttribute('aria-checked')).toBe('true');
    await other.close();
  });

  it('the initial JavaScript of Home stays within 120 KB gzipped', () => {
    const initial = initialScriptGzipBytes('src/features/home/HomePage.tsx');
    console.log(`initial JS of Home: ${(initial.bytes / 1024).toFixed(1)} KB gzipped in ${initial.files.length} files`);
    expect(initial.bytes).toBeLessThanOrEqual(120 * 1024);
  });

  afterAll(() => {
    // The figures, for BENCHMARKS.md.
    for (const [path, { normal, eco }] of Object.entries(results)) {
      console.log(`eco ${path}: normal ${JSON.stringify(normal)} | eco ${JSON.stringify(eco)}`);
    }
  });
});
