import type { Browser } from 'playwright-core';
import sharp from 'sharp';
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

describe('team pages', () => {
  it('an admin creates a project with an image, publishes it, and links a new notion of the roots to it', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await logIn(page, adminCredentials);
    await navigate(page, '/admin/projets');
    await page.getByRole('heading', { level: 1, name: 'Projets (équipe)' }).waitFor();
    await page.getByRole('button', { name: 'Nouveau projet' }).click();

    const title = `Mare pédagogique ${Date.now().toString(36)}`;
    await page.getByLabel('Titre').fill(title);
    await page.getByLabel('Résumé').fill('Creuser une mare avec les élèves pour accueillir tritons et libellules.');
    await page.getByLabel('Catégorie').selectOption('biodiversite');
    await page.getByLabel('Publié (visible de tous)').check();
    await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
    await page.getByText('Projet enregistré.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const image = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#3a7d44' } }).jpeg().toBuffer();
    await page.getByLabel('Image (JPEG, PNG, WebP ou AVIF)').setInputFiles({ name: 'mare.jpg', mimeType: 'image/jpeg', buffer: image });
    await page.getByLabel('Description de l’image').fill('La mare au printemps');
    await page.getByRole('button', { name: 'Ajouter l’image' }).click();
    await page.getByText('Image ajoutée.').waitFor();
    await page.getByRole('heading', { name: 'Images (1)' }).waitFor();
    const preview = page.getByRole('img', { name: 'La mare au printemps' });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    await navigate(page, '/projets');
    await page.getByRole('link', { name: title }).waitFor();

    // A new notion of the roots, linked to that project: it becomes a star with a line in the Constellation.
    await navigate(page, '/admin/racines');
    await page.getByRole('button', { name: 'Nouvelle notion' }).click();
    const notion = `Hydrologie régénérative ${Date.now().toString(36)}`;
    await page.getByLabel('Titre').fill(notion);
    await page.getByLabel('Époque').fill('XXe siècle');
    await page.getByRole('button', { name: 'Enregistrer la notion' }).click();
    await page.getByText('Notion enregistrée.').waitFor();
    await page.getByLabel('Projet', { exact: true }).selectOption({ label: title });
    await page.getByLabel('Comment cette notion inspire le projet (une phrase)').fill('La mare retient l’eau de pluie sur la parcelle.');
    await page.getByRole('button', { name: 'Relier au projet' }).click();
    await page.getByText('Projet relié.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await navigate(page, '/constellation');
    await page.getByRole('button', { name: 'Vue liste' }).click();
    await page.getByRole('list', { name: `Reliée à ${notion}` }).getByRole('button', { name: title }).waitFor();
    await context.close();
  });
});
