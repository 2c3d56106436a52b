import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors';
import { useErrorMessage } from '../../lib/error-message';
import { passwordProblem } from '../../lib/validation';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { changePassword } from './api';
import { usePasswordMessage } from './password-message';

export function PasswordForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const passwordMessage = usePasswordMessage();
  const [form, setForm] = useState({ current: '', next: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const [sending, setSending] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordMessage(passwordProblem(form.next));
    const found = { ...(form.current ? {} : { current: t('forms.fieldRequired') }), ...(problem ? { next: problem } : {}) };
    setErrors(found);
    if (Object.keys(found).length > 0) return setOutcome({ error: t('errors.validation_failed') });
    setSending(true);
    try {
      await changePassword(form.current, form.next);
      setForm({ current: '', next: '' });
      setOutcome({ success: t('account.passwordChanged') });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      if (code === 'weak_password') setErrors({ next: t('errors.weak_password') });
      if (code === 'wrong_password') setErrors({ current: t('errors.wrong_password') });
      setOutcome({ error: errorMessage(error) });
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.passwordHeading')}</h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField label={t('account.currentPassword')} name="currentPassword" type="password" required
          autoComplete="current-password" value={form.current} onChange={(current) => setForm({ ...form, current })}
          error={errors.current} />
        <TextField label={t('account.newPassword')} name="newPassword" type="password" required autoComplete="new-password"
          hint={t('auth.passwordHint')} value={form.next} onChange={(next) => setForm({ ...form, next })} error={errors.next} />
        <FormAlert error={outcome.error} success={outcome.success} />
        <div>
          <button type="submit" className="button" disabled={sending}>
            {t('account.changePassword')}
          </button>
        </div>
      </form>
    </section>
  );
}
