import { PollMethod, ResultsVisibility, pollOptionsMax, pollOptionsMin } from '@egoejo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { fieldErrorsOf, useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { createOpenPoll } from './api';

/** A member asks the collective a question: one option per line, a voting method, when results show. */
export function NewPollForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const ids = { method: useId(), visibility: useId() };
  const [form, setForm] = useState({ question: '', options: '', method: 'single' as PollMethod, visibility: 'after_vote' as ResultsVisibility });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const options = form.options.split('\n').map((line) => line.trim()).filter(Boolean);
    const found = {
      ...(form.question.trim() ? {} : { question: t('forms.fieldRequired') }),
      ...(options.length < pollOptionsMin || options.length > pollOptionsMax ? { options: t('newPoll.optionsCount', { min: pollOptionsMin, max: pollOptionsMax }) } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return setFailure(t('errors.validation_failed'));
    try {
      const poll = await createOpenPoll({
        question: form.question,
        method: form.method,
        options: options.map((label) => ({ label })),
        anonymous: true,
        resultsVisibility: form.visibility,
      });
      await navigate(generatePath(paths.poll, { id: String(poll.id) }));
    } catch (error) {
      setErrors(fieldErrorsOf(error, t('forms.invalidField')));
      setFailure(errorMessage(error));
    }
  };

  return (
    <details className="section">
      <summary>{t('newPoll.title')}</summary>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField label={t('newPoll.question')} name="question" required maxLength={500} value={form.question} onChange={(question) => setForm({ ...form, question })} error={errors.question} />
        <TextField label={t('newPoll.options')} name="options" multiline required hint={t('newPoll.optionsHint')} value={form.options} onChange={(options) => setForm({ ...form, options })} error={errors.options} />
        <div className="toolbar">
          <div className="field">
            <label htmlFor={ids.method}>{t('newPoll.method')}</label>
            <select id={ids.method} value={form.method} onChange={(event) => setForm({ ...form, method: PollMethod.parse(event.target.value) })}>
              {PollMethod.options.map((method) => (
                <option key={method} value={method}>{t(`polls.methods.${method}`)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.visibility}>{t('newPoll.visibility')}</label>
            <select id={ids.visibility} value={form.visibility} onChange={(event) => setForm({ ...form, visibility: ResultsVisibility.parse(event.target.value) })}>
              {ResultsVisibility.options.map((visibility) => (
                <option key={visibility} value={visibility}>{t(`newPoll.visibilities.${visibility}`)}</option>
              ))}
            </select>
          </div>
        </div>
        <FormAlert error={failure} />
        <div>
          <button type="submit" className="button button-primary">{t('newPoll.submit')}</button>
        </div>
      </form>
    </details>
  );
}
