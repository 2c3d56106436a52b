import { type JoinProfile } from '@egoejo/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, useErrorMessage } from '../../lib/error-message';
import { emptyHoneypot, honeypotBody, useFormStamp } from '../../lib/honeypot';
import { usePageTitle } from '../../lib/page-title';
import { useFormState } from '../../lib/use-form-state';
import { looksLikeEmail, withoutEmpty } from '../../lib/validation';
import { FormAlert } from '../../ui/FormAlert';
import { HoneypotFields } from '../../ui/HoneypotFields';
import { TextField } from '../../ui/TextField';
import { submitJoinRequest } from './api';
import { ProfileChoice } from './ProfileChoice';

const messageMax = 2000;
const emptyForm = { name: '', email: '', profile: 'je-decouvre' as JoinProfile, message: '' };

export function JoinPage() {
  const { t } = useTranslation();
  usePageTitle(t('join.title'));
  const errorMessage = useErrorMessage();
  const stamp = useFormStamp();
  const [form, setForm] = useState(emptyForm);
  const [trap, setTrap] = useState(emptyHoneypot);
  const { errors, failure, sending, setSending, alert, rejectInvalid, showFailure } = useFormState();
  const [sent, setSent] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = withoutEmpty({
      name: !form.name.trim() && t('forms.fieldRequired'),
      email: !looksLikeEmail(form.email) && t('forms.invalidEmail'),
      message: form.message.length > messageMax && t('forms.tooLong', { max: messageMax }),
    });
    if (rejectInvalid(found)) return;
    setSending(true);
    try {
      await submitJoinRequest({
        name: form.name,
        email: form.email,
        profile: form.profile,
        ...(form.message.trim() ? { message: form.message } : {}),
        ...honeypotBody(trap, stamp),
      });
      setSent(true);
      setForm(emptyForm);
      setSending(false);
      alert.current?.focus();
    } catch (error) {
      showFailure(fieldErrorsOf(error, t('forms.invalidField')), errorMessage(error));
    }
  };

  return (
    <div className="page">
      <h1>{t('join.title')}</h1>
      <p>{t('join.intro')}</p>
      <FormAlert ref={alert} error={failure} success={sent ? t('join.success') : null} />
      {sent ? (
        <button type="button" className="button" onClick={() => setSent(false)}>
          {t('join.another')}
        </button>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <p className="field-hint">{t('forms.requiredLegend')}</p>
          <TextField label={t('join.name')} name="name" required autoComplete="name" maxLength={120}
            value={form.name} onChange={(name) => setForm({ ...form, name })} error={errors.name} />
          <TextField label={t('join.email')} name="email" type="email" required autoComplete="email" maxLength={254}
            value={form.email} onChange={(email) => setForm({ ...form, email })} error={errors.email} />
          <ProfileChoice value={form.profile} onChange={(profile) => setForm({ ...form, profile })} />
          <TextField label={t('join.message')} name="message" multiline maxLength={messageMax}
            hint={t('forms.charactersLeft', { count: messageMax - form.message.length })}
            value={form.message} onChange={(message) => setForm({ ...form, message })} error={errors.message} />
          <HoneypotFields values={trap} onChange={setTrap} />
          <p className="field-hint">{t('join.privacy')}</p>
          <div>
            <button type="submit" className="button button-primary" disabled={sending}>
              {sending ? t('forms.sending') : t('join.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
