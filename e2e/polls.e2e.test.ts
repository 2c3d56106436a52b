import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, logIn, navigate, newVisitor, seriousA11yViolations } from './browser';
import { adminCredentials, createMember, uniqueIp } from './fixtures';

let browser: Browser;
let adminToken: string;

async function api<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, 'x-forwarded-for': uniqueIp() },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function openPoll(settings: object): Promise<number> {
  const poll = await api<{ id: number }>('/api/polls', { resultsVisibility: 'always', ...settings });
  await api(`/api/polls/${poll.id}/open`, {});
  return poll.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
    body: JSON.stringify(adminCredentials),
  });
  adminToken = ((await login.json()) as { accessToken: string }).accessToken;
});
afterAll(async () => {
  await browser.close();
});

describe('polls', () => {
  it('a vote in one browser moves the live result in the other', async () => {
    const id = await openPoll({
      question: 'Quel jour pour le chantier de la haie ?',
      method: 'single',
      options: [{ label: 'Samedi' }, { label: 'Dimanche' }],
    });
    const [alice, bruno] = await Promise.all([createMember(baseUrl, 'Alice Haie'), createMember(baseUrl, 'Bruno Haie')]);
    const [aliceContext, brunoContext] = await Promise.all([newVisitor(browser), newVisitor(browser)]);
    const [a, b] = await Promise.all([aliceContext.newPage(), brunoContext.newPage()]);
    await Promise.all([logIn(a, alice), logIn(b, bruno)]);
    for (const page of [a, b]) {
      await navigate(page, `/votes/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Quel jour pour le chantier de la haie ?' }).waitFor();
      await page.getByText('0 bulletin(s)').waitFor();
    }
    expect(await seriousA11yViolations(a)).toEqual([]);

    await a.getByLabel('Dimanche').check();
    await a.getByRole('button', { name: 'Voter' }).click();
    await a.getByText('Votre vote est enregistré.').waitFor();
    await b.getByText('1 bulletin(s)').waitFor();
    await b.getByText('1 voix (100 %)').waitFor();

    await b.getByLabel('Samedi').check();
    await b.getByRole('button', { name: 'Voter' }).click();
    await a.getByText('2 bulletin(s)').waitFor();
    await aliceContext.close();
    await brunoContext.close();
  });

  it('majority judgement: each option gets a grade, the result shows the majority grade', async () => {
    const id = await openPoll({
      question: 'Quelles semences multiplier cette année ?',
      method: 'majority',
      options: [{ label: 'Blé Rouge de Bordeaux' }, { label: 'Tomate Cœur de bœuf' }],
    });
    const member = await createMember(baseUrl, 'Claire Graines');
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await logIn(page, member);
    await navigate(page, `/votes/${id}`);
    await page.getByRole('group', { name: 'Blé Rouge de Bordeaux' }).getByLabel('Excellent').check();
    await page.getByRole('group', { name: 'Tomate Cœur de bœuf' }).getByLabel('Passable').check();
    await page.getByRole('button', { name: 'Voter' }).click();
    await page.getByText('Votre vote est enregistré.').waitFor();
    await page.getByRole('region', { name: 'Résultats en direct' }).getByText('Excellent').waitFor();
    await context.close();
  });

  it('a member proposes a poll with several choices, it opens at once and takes a vote', async () => {
    const member = await createMember(baseUrl, 'Élie Rucher');
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await logIn(page, member);
    await navigate(page, '/votes');
    await page.getByText('Proposer un vote').click();
    await page.getByLabel('Question').fill('Quelles plantes mellifères semer ?');
    await page.getByLabel('Options (une par ligne)').fill('Phacélie\nTrèfle\nSarrasin');
    await page.getByLabel('Méthode').selectOption('multiple');
    await page.getByRole('button', { name: 'Ouvrir le vote' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quelles plantes mellifères semer ?' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Phacélie').check();
    await page.getByLabel('Sarrasin').check();
    await page.getByRole('button', { name: 'Voter' }).click();
    await page.getByText('Votre vote est enregistré.').waitFor();
    await page.getByText('1 bulletin(s)').waitFor();
    await context.close();
  });
});
