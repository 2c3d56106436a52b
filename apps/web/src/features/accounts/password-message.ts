import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordProblem } from '../../lib/validation';

export function usePasswordMessage(): (problem: PasswordProblem) => string | null {
  const { t } = useTranslation();
  return useCallback(
    (problem: PasswordProblem) => {
      if (problem === 'tooShort') return t('auth.passwordTooShort');
      if (problem === 'onlyDigits') return t('auth.passwordDigits');
      return null;
    },
    [t],
  );
}
