import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The state every public form shares: field errors, the announced outcome, "sending", and the alert region
 * that takes focus so that screen readers read what went wrong.
 */
export function useFormState() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const alert = useRef<HTMLDivElement>(null);

  /** Shows the problems found before sending; true when there are any (then the form is not sent). */
  const rejectInvalid = useCallback(
    (found: Record<string, string>) => {
      setErrors(found);
      const invalid = Object.keys(found).length > 0;
      setFailure(invalid ? t('errors.validation_failed') : null);
      if (invalid) alert.current?.focus();
      return invalid;
    },
    [t],
  );

  /** The server refused: its field errors and the sentence to announce. */
  const showFailure = useCallback((fieldErrors: Record<string, string>, message: string) => {
    setErrors(fieldErrors);
    setFailure(message);
    setSending(false);
    alert.current?.focus();
  }, []);

  return { errors, failure, sending, setSending, alert, rejectInvalid, showFailure };
}
