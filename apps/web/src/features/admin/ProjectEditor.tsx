import { type Project, ProjectCategory, ProjectStatus } from '@egoejo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { createProject, updateProject } from './project-api';
import { ProjectImages } from './ProjectImages';

/** Creates a project or edits one: text fields, category, status, place, publication, images. */
export function ProjectEditor({ project, onSaved }: { project: Project | null; onSaved: (project: Project) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const ids = { category: useId(), status: useId(), published: useId() };
  const [form, setForm] = useState({
    title: project?.title ?? '',
    summary: project?.summary ?? '',
    description: project?.description ?? '',
    category: project?.category ?? ('agriculture' as ProjectCategory),
    status: project?.status ?? ('idea' as ProjectStatus),
    place: project?.location?.name ?? '',
    published: project?.published ?? false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.title.trim().length < 2) {
      setErrors({ title: t('forms.fieldRequired') });
      return setOutcome({ error: t('errors.validation_failed') });
    }
    const body = {
      title: form.title,
      summary: form.summary,
      description: form.description,
      category: form.category,
      status: form.status,
      location: form.place.trim() ? { ...project?.location, name: form.place.trim() } : null,
      published: form.published,
    };
    try {
      const saved = project ? await updateProject(project.slug, body) : await createProject({ ...body, coverMediaId: null, galleryMediaIds: [] });
      setErrors({});
      setOutcome({ success: t('editor.saved') });
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error, t('forms.invalidField')));
      setOutcome({ error: errorMessage(error) });
    }
  };

  return (
    <section className="section" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{project ? t('editor.editing', { title: project.title }) : t('editor.new')}</h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField label={t('editor.title')} name="title" required maxLength={160} value={form.title} onChange={(title) => setForm({ ...form, title })} error={errors.title} />
        <TextField label={t('editor.summary')} name="summary" multiline maxLength={600} value={form.summary} onChange={(summary) => setForm({ ...form, summary })} error={errors.summary} />
        <TextField label={t('editor.description')} name="description" multiline maxLength={20_000} value={form.description} onChange={(description) => setForm({ ...form, description })} error={errors.description} />
        <div className="toolbar">
          <div className="field">
            <label htmlFor={ids.category}>{t('projects.category')}</label>
            <select id={ids.category} value={form.category} onChange={(event) => setForm({ ...form, category: ProjectCategory.parse(event.target.value) })}>
              {ProjectCategory.options.map((category) => (
                <option key={category} value={category}>{t(`projects.categories.${category}`)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.status}>{t('projects.status')}</label>
            <select id={ids.status} value={form.status} onChange={(event) => setForm({ ...form, status: ProjectStatus.parse(event.target.value) })}>
              {ProjectStatus.options.map((status) => (
                <option key={status} value={status}>{t(`projects.statuses.${status}`)}</option>
              ))}
            </select>
          </div>
        </div>
        <TextField label={t('projects.location')} name="place" maxLength={160} value={form.place} onChange={(place) => setForm({ ...form, place })} error={errors.location} />
        <div>
          <input id={ids.published} type="checkbox" checked={form.published} onChange={(event) => setForm({ ...form, published: event.target.checked })} />{' '}
          <label htmlFor={ids.published}>{t('editor.published')}</label>
        </div>
        <FormAlert error={outcome.error} success={outcome.success} />
        <div>
          <button type="submit" className="button button-primary">{t('editor.save')}</button>
        </div>
      </form>
      {project && <ProjectImages project={project} onChanged={onSaved} />}
    </section>
  );
}
