import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { useFormState } from '../../lib/use-form-state';
import { looksLikeEmail, withoutEmpty } from '../../lib/validation';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { login } from './api';

interface LoginState {
  registeredEmail?: string;
  from?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.loginTitle'));
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState({ email: state.registeredEmail ?? '', password: '' });
  const { errors, failure, sending, setSending, alert, rejectInvalid, showFailure } = useFormState();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = withoutEmpty({
      email: !looksLikeEmail(form.email) && t('forms.invalidEmail'),
      password: !form.password && t('forms.fieldRequired'),
    });
    if (rejectInvalid(found)) return;
    setSending(true);
    try {
      await login({ email: form.email, password: form.password });
      await navigate(state.from?.startsWith('/') ? state.from : paths.account, { replace: true });
    } catch (error) {
      showFailure({}, errorMessage(error));
    }
  };

  const notice = state.registeredEmail ? t('auth.registered') : state.from ? t('auth.loginRequired') : null;
  return (
    <div className="page">
      <h1>{t('auth.loginTitle')}</h1>
      <FormAlert ref={alert} error={failure} success={failure ? null : notice} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField label={t('auth.email')} name="email" type="email" required autoComplete="username"
          value={form.email} onChange={(email) => setForm({ ...form, email })} error={errors.email} />
        <TextField label={t('auth.password')} name="password" type="password" required autoComplete="current-password"
          value={form.password} onChange={(password) => setForm({ ...form, password })} error={errors.password} />
        <div>
          <button type="submit" className="button button-primary" disabled={sending}>
            {sending ? t('forms.sending') : t('auth.loginSubmit')}
          </button>
        </div>
      </form>
      <p>
        {t('auth.noAccount')} <Link to={paths.register}>{t('auth.registerSubmit')}</Link>
      </p>
    </div>
  );
}
