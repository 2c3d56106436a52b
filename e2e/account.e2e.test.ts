import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, logIn, newVisitor, seriousA11yViolations } from './browser';
import { createMember } from './fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('my account', () => {
  it('edits the profile, downloads the data export, then erases the account with the password', async () => {
    const member = await createMember(baseUrl, 'Dana Verger');
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await logIn(page, member);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Présentation').fill('Je greffe des pommiers anciens.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Profil enregistré.').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mes données' }).click()]);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).toContain(member.email);
    expect(exported).toContain('Je greffe des pommiers anciens.');

    const erase = page.getByRole('region', { name: 'Supprimer mon compte' });
    await erase.getByLabel('Mot de passe, pour confirmer').fill('pas le bon mot de passe');
    await erase.getByLabel('Je comprends que cette suppression est définitive.').check();
    await erase.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await erase.getByRole('alert').getByText('Le mot de passe est incorrect.').waitFor();

    await erase.getByLabel('Mot de passe, pour confirmer').fill(member.password);
    await erase.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();

    await page.goto('/connexion');
    await page.getByLabel('E-mail').fill(member.email);
    await page.getByLabel('Mot de passe').fill(member.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').getByText('E-mail ou mot de passe incorrect.').waitFor();
    await context.close();
  });
});
