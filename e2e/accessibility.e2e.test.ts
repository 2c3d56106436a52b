import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, navigate, newVisitor, seriousA11yViolations } from './browser';
import { adminCredentials } from './fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Public pages, with a heading each shows once loaded. */
const publicPages = [
  { path: '/', heading: 'Habiter la Terre autrement, ensemble' },
  { path: '/rejoindre', heading: 'Rejoindre le collectif' },
  { path: '/inscription', heading: 'Créer un compte' },
  { path: '/connexion', heading: 'Se connecter' },
  { path: '/nulle-part', heading: 'Page introuvable' },
];

const adminPages = [
  { path: '/compte', heading: 'Mon compte' },
  { path: '/admin/adhesions', heading: 'Demandes d’adhésion' },
  { path: '/admin/journal', heading: 'Journal d’audit' },
];

async function expectNoSeriousViolations(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await seriousA11yViolations(page), path).toEqual([]);
}

describe('accessibility (axe-core: no serious or critical violation)', () => {
  it.each(publicPages)('$path', async ({ path, heading }) => {
    const context = await newVisitor(browser);
    await expectNoSeriousViolations(await context.newPage(), path, heading);
    await context.close();
  });

  it('pages behind the login, as an admin', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await logIn(page, adminCredentials);
    for (const { path, heading } of adminPages) {
      await navigate(page, path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousA11yViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('the skip link is the first stop of the keyboard and moves focus to the main content', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
