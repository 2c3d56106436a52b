/** Debian's Chromium, driven by playwright-core (no browser download). */
export const chromiumPath = '/usr/bin/chromium';
