/** The checks the browser can make before sending (the server checks again; these only spare a round trip). */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return emailPattern.test(value.trim());
}

export const minimumPasswordLength = 10;

export type PasswordProblem = 'tooShort' | 'onlyDigits' | null;

export function passwordProblem(password: string): PasswordProblem {
  if (password.length < minimumPasswordLength) return 'tooShort';
  if (/^\d+$/.test(password)) return 'onlyDigits';
  return null;
}

/** Keeps only the entries that hold a message, so that `Object.keys(errors).length === 0` means valid. */
export function withoutEmpty(errors: Record<string, string | null | undefined | false>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
