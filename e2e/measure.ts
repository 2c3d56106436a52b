import type { Browser } from 'playwright-core';
import { newVisitor } from './browser';

export interface PageMeasure {
  /** Bytes on the wire (headers and bodies) until the page is idle. */
  bytes: number;
  requests: number;
  /** Whether anything asked for a WebGL context. */
  webgl: boolean;
  /** requestAnimationFrame calls during 3 idle seconds after load. */
  idleAnimationFrames: number;
}

/** Runs before any script of the page: counts animation frames and notices WebGL contexts. */
function instrument(eco: boolean): void {
  const state = { raf: 0, webgl: false };
  (window as unknown as { __measure: typeof state }).__measure = state;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    state.raf += 1;
    return raf(callback);
  };
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (type.startsWith('webgl') || type === 'experimental-webgl') state.webgl = true;
    return (getContext as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof getContext;
  if (eco) localStorage.setItem('egoejo_eco', 'true');
}

export async function measurePage(browser: Browser, path: string, heading: string, { eco }: { eco: boolean }): Promise<PageMeasure> {
  const context = await newVisitor(browser);
  await context.addInitScript(instrument, eco);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => (requests += 1));
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));

  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => ((window as unknown as { __measure: { raf: number } }).__measure.raf = 0));
  await page.waitForTimeout(3_000);
  const state = await page.evaluate(() => (window as unknown as { __measure: { raf: number; webgl: boolean } }).__measure);
  await context.close();
  return { bytes, requests, webgl: state.webgl, idleAnimationFrames: state.raf };
}
