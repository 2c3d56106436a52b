import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/errors';

const knownCodes = [
  'network_error',
  'validation_failed',
  'rate_limited',
  'invalid_credentials',
  'wrong_password',
  'weak_password',
  'email_taken',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
] as const;
type KnownCode = (typeof knownCodes)[number];

function isKnownCode(code: string): code is KnownCode {
  return (knownCodes as readonly string[]).includes(code);
}

/** Turns any failure into a sentence in the reader's language (the API's own messages are English). */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && isKnownCode(error.code)) return t(`errors.${error.code}`);
      if (error instanceof ApiError && error.code === 'invalid_token') return t('errors.unauthenticated');
      return t('errors.generic');
    },
    [t],
  );
}

/** Fields the server refused, each with a translated message (the server's text is not shown). */
export function fieldErrorsOf(error: unknown, message: string): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {};
  return Object.fromEntries(Object.keys(error.fieldMessages()).map((field) => [field, message]));
}
