/**
 * Build-time settings of the web app (Vite `VITE_*` variables, read when `npm run build` runs):
 * - VITE_MEMBERSHIP_URL: external membership page (for example HelloAsso);
 * - VITE_DONATION_URL: external donation page (for example Stripe).
 * Only absolute http(s) addresses are accepted; anything else is ignored and the link is not shown.
 */
function externalUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export const siteConfig = {
  membershipUrl: externalUrl(import.meta.env.VITE_MEMBERSHIP_URL),
  donationUrl: externalUrl(import.meta.env.VITE_DONATION_URL),
};
