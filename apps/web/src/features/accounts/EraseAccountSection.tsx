import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { ApiError } from '../../lib/api/errors';
import { useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { eraseMe } from './api';

export function EraseAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const confirmId = useId();
  const [password, setPassword] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string>();
  const [sending, setSending] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setPasswordError(t('forms.fieldRequired'));
      return setError(t('errors.validation_failed'));
    }
    setSending(true);
    try {
      await eraseMe(password);
      await navigate(paths.home, { replace: true });
    } catch (failure) {
      setPasswordError(failure instanceof ApiError && failure.code === 'wrong_password' ? t('errors.wrong_password') : undefined);
      setError(errorMessage(failure));
      setSending(false);
    }
  };

  return (
    <section className="section" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('account.eraseHeading')}</h2>
      <p>{t('account.eraseText')}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField label={t('account.erasePassword')} name="erasePassword" type="password" required
          autoComplete="current-password" value={password} onChange={setPassword} error={passwordError} />
        <div>
          <input type="checkbox" id={confirmId} checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />{' '}
          <label htmlFor={confirmId}>{t('account.eraseConfirm')}</label>
        </div>
        <FormAlert error={error} />
        <div>
          <button type="submit" className="button button-danger" disabled={!confirmed || sending}>
            {t('account.erase')}
          </button>
        </div>
      </form>
    </section>
  );
}
