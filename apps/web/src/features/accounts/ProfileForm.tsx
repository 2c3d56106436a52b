import type { PublicUser } from '@egoejo/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { updateMe } from './api';

export function ProfileForm({ user }: { user: PublicUser }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState({ displayName: user.displayName, bio: user.bio });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const [sending, setSending] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.displayName.trim()) {
      setErrors({ displayName: t('forms.fieldRequired') });
      return setOutcome({ error: t('errors.validation_failed') });
    }
    setSending(true);
    try {
      await updateMe({ displayName: form.displayName, bio: form.bio });
      setErrors({});
      setOutcome({ success: t('account.saved') });
    } catch (error) {
      setErrors(fieldErrorsOf(error, t('forms.invalidField')));
      setOutcome({ error: errorMessage(error) });
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profileHeading')}</h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField label={t('account.displayName')} name="displayName" required maxLength={80} autoComplete="nickname"
          value={form.displayName} onChange={(displayName) => setForm({ ...form, displayName })} error={errors.displayName} />
        <TextField label={t('account.bio')} name="bio" multiline maxLength={2000}
          value={form.bio} onChange={(bio) => setForm({ ...form, bio })} error={errors.bio} />
        <FormAlert error={outcome.error} success={outcome.success} />
        <div>
          <button type="submit" className="button button-primary" disabled={sending}>
            {t('account.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
