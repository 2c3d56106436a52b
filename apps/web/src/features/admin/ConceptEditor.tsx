import type { Concept } from '@egoejo/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { createConcept, updateConcept } from './concept-api';
import { ConceptLinkForm } from './ConceptLinkForm';

/** Creates or edits a concept of the roots: text, era, themes (comma-separated); then links it to projects. */
export function ConceptEditor({ concept, onSaved }: { concept: Concept | null; onSaved: (concept: Concept) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState({
    title: concept?.title ?? '',
    summary: concept?.summary ?? '',
    body: concept?.body ?? '',
    era: concept?.era ?? '',
    tags: concept?.tags.join(', ') ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.title.trim().length < 2) {
      setErrors({ title: t('forms.fieldRequired') });
      return setOutcome({ error: t('errors.validation_failed') });
    }
    const tags = form.tags.split(',').map((tag) => tag.trim()).filter(Boolean);
    const body = { title: form.title, summary: form.summary, body: form.body, era: form.era, tags };
    try {
      const saved = concept ? await updateConcept(concept.slug, body) : await createConcept({ ...body, sources: [] });
      setErrors({});
      setOutcome({ success: t('conceptEditor.saved') });
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error, t('forms.invalidField')));
      setOutcome({ error: errorMessage(error) });
    }
  };

  return (
    <section className="section" aria-labelledby="concept-editor-heading">
      <h2 id="concept-editor-heading">{concept ? t('editor.editing', { title: concept.title }) : t('conceptEditor.new')}</h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField label={t('editor.title')} name="title" required maxLength={160} value={form.title} onChange={(title) => setForm({ ...form, title })} error={errors.title} />
        <TextField label={t('roots.era')} name="era" maxLength={80} value={form.era} onChange={(era) => setForm({ ...form, era })} error={errors.era} />
        <TextField label={t('editor.summary')} name="summary" multiline maxLength={600} value={form.summary} onChange={(summary) => setForm({ ...form, summary })} error={errors.summary} />
        <TextField label={t('conceptEditor.body')} name="body" multiline maxLength={30_000} value={form.body} onChange={(text) => setForm({ ...form, body: text })} error={errors.body} />
        <TextField label={t('roots.tags')} name="tags" hint={t('conceptEditor.tagsHint')} value={form.tags} onChange={(tags) => setForm({ ...form, tags })} error={errors.tags} />
        <FormAlert error={outcome.error} success={outcome.success} />
        <div>
          <button type="submit" className="button button-primary">{t('conceptEditor.save')}</button>
        </div>
      </form>
      {concept && <ConceptLinkForm concept={concept} onLinked={onSaved} />}
    </section>
  );
}
