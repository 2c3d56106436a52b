import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newVisitor, seriousA11yViolations } from './browser';

let browser: Browser;
let project: { slug: string; title: string };
let concept: { slug: string; title: string };

beforeAll(async () => {
  browser = await launchBrowser();
  // The demo content of an empty database (npm start) has projects and concepts.
  project = ((await (await fetch(`${baseUrl}/api/projects?limit=1`)).json()) as { items: { slug: string; title: string }[] }).items[0]!;
  concept = ((await (await fetch(`${baseUrl}/api/concepts?limit=1`)).json()) as { items: { slug: string; title: string }[] }).items[0]!;
});
afterAll(async () => {
  await browser.close();
});

describe('discovering projects and roots', () => {
  it('search with a typo, move through the results with the keyboard, open a project', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto('/projets');
    const search = page.getByRole('combobox', { name: 'Rechercher un projet' });
    await search.fill('biodinamie'); // "biodynamie" with a typo
    const firstOption = page.getByRole('listbox', { name: 'Rechercher un projet' }).getByRole('option').first();
    await firstOption.waitFor();
    expect(await firstOption.locator('mark').count()).toBeGreaterThan(0);
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await firstOption.getAttribute('id'));
    const title = (await firstOption.locator('strong').textContent()) ?? '';
    await search.press('Enter');
    await page.waitForURL('**/projets/*');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await context.close();
  });

  it('the constellation opens in 3D and a click on a concept shows it', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto('/constellation');
    await page.getByTestId('constellation-3d').locator('canvas').waitFor();
    await page.getByRole('button', { name: 'Vue liste' }).click();
    await page.getByRole('button', { name: concept.title, exact: true }).first().click();
    const panel = page.getByRole('complementary', { name: concept.title });
    await panel.getByRole('link', { name: 'Ouvrir la page' }).click();
    await page.waitForURL(`**/racines-philosophie/${concept.slug}`);
    await page.getByRole('heading', { level: 1, name: concept.title }).waitFor();
    await context.close();
  });

  it('pages pass axe-core with no serious or critical violation', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    const pages = [
      { path: '/projets', heading: 'Projets' },
      { path: `/projets/${project.slug}`, heading: project.title },
      { path: '/racines-philosophie', heading: 'Racines & Philosophie' },
      { path: `/racines-philosophie/${concept.slug}`, heading: concept.title },
      { path: '/constellation', heading: 'Constellation' },
    ];
    for (const { path, heading } of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousA11yViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
