import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { ApiError } from '../../lib/api/errors';
import { fieldErrorsOf, useErrorMessage } from '../../lib/error-message';
import { emptyHoneypot, honeypotBody, useFormStamp } from '../../lib/honeypot';
import { usePageTitle } from '../../lib/page-title';
import { useFormState } from '../../lib/use-form-state';
import { looksLikeEmail, passwordProblem, withoutEmpty } from '../../lib/validation';
import { FormAlert } from '../../ui/FormAlert';
import { HoneypotFields } from '../../ui/HoneypotFields';
import { TextField } from '../../ui/TextField';
import { register } from './api';
import { usePasswordMessage } from './password-message';

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.registerTitle'));
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const passwordMessage = usePasswordMessage();
  const stamp = useFormStamp();
  const [form, setForm] = useState({ displayName: '', email: '', password: '', confirm: '' });
  const [trap, setTrap] = useState(emptyHoneypot);
  const { errors, failure, sending, setSending, alert, rejectInvalid, showFailure } = useFormState();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = withoutEmpty({
      displayName: !form.displayName.trim() && t('forms.fieldRequired'),
      email: !looksLikeEmail(form.email) && t('forms.invalidEmail'),
      password: passwordMessage(passwordProblem(form.password)),
      confirm: form.confirm !== form.password && t('auth.passwordMismatch'),
    });
    if (rejectInvalid(found)) return;
    setSending(true);
    try {
      await register({ displayName: form.displayName, email: form.email, password: form.password, ...honeypotBody(trap, stamp) });
      await navigate(paths.login, { state: { registeredEmail: form.email.trim().toLowerCase() } });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      const fieldErrors = {
        ...fieldErrorsOf(error, t('forms.invalidField')),
        ...(code === 'weak_password' ? { password: t('errors.weak_password') } : {}),
        ...(code === 'email_taken' ? { email: t('errors.email_taken') } : {}),
      };
      showFailure(fieldErrors, errorMessage(error));
    }
  };

  return (
    <div className="page">
      <h1>{t('auth.registerTitle')}</h1>
      <p>{t('auth.registerIntro')}</p>
      <FormAlert ref={alert} error={failure} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField label={t('auth.displayName')} name="displayName" required autoComplete="nickname" maxLength={80}
          value={form.displayName} onChange={(displayName) => setForm({ ...form, displayName })} error={errors.displayName} />
        <TextField label={t('auth.email')} name="email" type="email" required autoComplete="email" maxLength={254}
          value={form.email} onChange={(email) => setForm({ ...form, email })} error={errors.email} />
        <TextField label={t('auth.password')} name="password" type="password" required autoComplete="new-password"
          hint={t('auth.passwordHint')} value={form.password} onChange={(password) => setForm({ ...form, password })}
          error={errors.password} />
        <TextField label={t('auth.passwordConfirm')} name="confirm" type="password" required autoComplete="new-password"
          value={form.confirm} onChange={(confirm) => setForm({ ...form, confirm })} error={errors.confirm} />
        <HoneypotFields values={trap} onChange={setTrap} />
        <div>
          <button type="submit" className="button button-primary" disabled={sending}>
            {sending ? t('forms.sending') : t('auth.registerSubmit')}
          </button>
        </div>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to={paths.login}>{t('auth.loginSubmit')}</Link>
      </p>
    </div>
  );
}
