import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newVisitor } from './browser';
import { adminCredentials, uniqueEmail, uniqueIp } from './fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function adminToken(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
    body: JSON.stringify(adminCredentials),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

describe('journeys', () => {
  it('join: a person fills the form and the team sees the request (the hidden fields do not trip the honeypot)', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto('/rejoindre');
    const email = uniqueEmail('rejoindre');
    await page.getByLabel('Nom').fill('Camille Semeuse');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Je participe').check();
    await page.getByLabel('Message (facultatif)').fill('Je peux aider aux semis du printemps.');
    // The server treats a form sent less than 2 s after its stamp as a bot's.
    await page.waitForTimeout(2_100);
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByText('Merci ! Votre demande est bien reçue.').waitFor();

    const list = await fetch(`${baseUrl}/api/admin/intents?q=${encodeURIComponent(email)}`, {
      headers: { authorization: `Bearer ${await adminToken()}` },
    });
    const { items } = (await list.json()) as { items: { email: string; profile: string }[] };
    expect(items).toEqual([expect.objectContaining({ email, profile: 'je-participe' })]);
    await context.close();
  });

  it('join: the honeypot fields are invisible and absent from the accessibility tree', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto('/rejoindre');
    for (const name of ['website', 'nickname', 'comment']) {
      const field = page.locator(`[name="${name}"]`);
      expect(await field.isVisible()).toBe(false);
      expect(await field.evaluate((el) => el.closest('[aria-hidden="true"]') !== null && el.tabIndex === -1)).toBe(true);
    }
    for (const name of ['website', 'nickname', 'comment']) {
      expect(await page.getByRole('textbox', { name }).count()).toBe(0); // roles exclude what assistive tech cannot reach
    }
    await context.close();
  });

  it('sign up, then log in, then the session survives a reload through the refresh cookie', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    const email = uniqueEmail('membre');
    await page.goto('/inscription');
    await page.getByLabel('Nom affiché').fill('Noé Jardinier');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: false }).first().fill('des graines pour demain');
    await page.getByLabel('Confirmer le mot de passe').fill('des graines pour demain');
    await page.waitForTimeout(2_100);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await page.waitForURL('**/connexion');
    await page.getByText('Votre compte est créé.').waitFor();
    expect(await page.getByLabel('E-mail').inputValue()).toBe(email);
    await page.getByLabel('Mot de passe').fill('des graines pour demain');
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await page.waitForURL('**/compte');
    await page.getByText(`Connecté·e en tant que ${email}`).waitFor();
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('eyJ'); // no token in storage

    await page.reload();
    await page.getByText(`Connecté·e en tant que ${email}`).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await context.close();
  });

  it('a wrong password is announced in an alert', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto('/connexion');
    await page.getByLabel('E-mail').fill(uniqueEmail('inconnu'));
    await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').getByText('E-mail ou mot de passe incorrect.').waitFor();
    await context.close();
  });

  it('language: follows the browser, can be chosen, is remembered, and Arabic is right-to-left', async () => {
    const context = await newVisitor(browser, { locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Die Erde anders bewohnen, gemeinsam' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

    await page.getByLabel('Sprache').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'أن نسكن الأرض بطريقة أخرى، معًا' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'أن نسكن الأرض بطريقة أخرى، معًا' }).waitFor();
    await page.getByLabel('اللغة').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Habiter la Terre autrement, ensemble' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await context.close();
  });
});
