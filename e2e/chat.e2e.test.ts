import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, logIn, navigate, newVisitor, seriousA11yViolations } from './browser';
import { adminCredentials, createMember } from './fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openChat(page: Page): Promise<void> {
  await navigate(page, '/discussions');
  await page.getByRole('heading', { level: 1, name: 'Discussions' }).waitFor();
  await page.getByRole('log', { name: 'Messages' }).waitFor();
}

const log = (page: Page) => page.getByRole('log', { name: 'Messages' });

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Écrire un message' }).fill(text);
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
}

describe('chat and moderation', () => {
  it('two members chat live; one goes offline and comes back with nothing missing or twice; a report is hidden by an admin; join requests export as CSV', async () => {
    const [alice, bruno] = await Promise.all([createMember(baseUrl, 'Alice Semis'), createMember(baseUrl, 'Bruno Compost')]);
    const aliceContext = await newVisitor(browser);
    const brunoContext = await newVisitor(browser);
    const a = await aliceContext.newPage();
    const b = await brunoContext.newPage();
    await Promise.all([logIn(a, alice), logIn(b, bruno)]);
    await Promise.all([openChat(a), openChat(b)]);
    expect(await seriousA11yViolations(a), JSON.stringify(await seriousA11yViolations(a))).toEqual([]);

    const run = Date.now().toString(36);
    await send(a, `bonjour ${run}`);
    await log(b).getByText(`bonjour ${run}`).waitFor();

    await brunoContext.setOffline(true);
    await b.getByText('Connexion perdue').waitFor();
    await send(a, `pendant ta coupure 1 ${run}`);
    await send(a, `pendant ta coupure 2 ${run}`);
    await send(b, `écrit hors ligne ${run}`);
    await log(a).getByText(`pendant ta coupure 2 ${run}`).waitFor();
    await brunoContext.setOffline(false);

    await log(b).getByText(`pendant ta coupure 2 ${run}`).waitFor();
    await log(a).getByText(`écrit hors ligne ${run}`).waitFor();
    await b.getByText('Envoi…').waitFor({ state: 'detached' });
    for (const page of [a, b]) {
      const texts = (await log(page).locator('li > p:nth-child(2)').allTextContents()).filter((text) => text.endsWith(run));
      expect(texts.filter((text) => text === `écrit hors ligne ${run}`)).toHaveLength(1);
      expect(texts.filter((text) => text.startsWith('pendant ta coupure'))).toEqual([`pendant ta coupure 1 ${run}`, `pendant ta coupure 2 ${run}`]);
    }

    // An admin has the moderation queue open; the report arrives there live, then is hidden in one click
    // and disappears from the members' screens.
    const adminContext = await newVisitor(browser);
    const admin = await adminContext.newPage();
    await logIn(admin, adminCredentials);
    await navigate(admin, '/admin/moderation');
    await admin.getByRole('heading', { level: 1, name: 'Modération' }).waitFor();
    await admin.waitForLoadState('networkidle');

    // Report Alice's first message.
    const message = log(b).locator('li', { hasText: `bonjour ${run}` });
    await message.getByRole('button', { name: /Signaler/ }).click();
    await message.getByLabel('Motif').selectOption('harassment');
    await message.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await message.getByText('Merci, l’équipe de modération va examiner ce message.').waitFor();

    const item = admin.getByRole('listitem').filter({ hasText: `bonjour ${run}` });
    await item.getByText('Harcèlement').waitFor();
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await item.getByRole('button', { name: 'Masquer' }).click();
    await admin.getByText('Contenu masqué.').waitFor();
    await item.waitFor({ state: 'detached' });
    await log(b).getByText(`bonjour ${run}`).waitFor({ state: 'detached' });

    // The join requests leave as a CSV file.
    await navigate(admin, '/admin/adhesions');
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^demandes-adhesion-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/email/i);

    await adminContext.close();
    await aliceContext.close();
    await brunoContext.close();
  });
});
