import type { Concept } from '@egoejo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { linkProject } from './concept-api';
import { fetchProjectsFor } from './project-api';

/** Links the concept to a project it inspires, with one sentence saying how (a line in the Constellation). */
export function ConceptLinkForm({ concept, onLinked }: { concept: Concept; onLinked: (concept: Concept) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const projectId = useId();
  const projects = useQuery({ queryKey: ['admin', 'projects', 'published'], queryFn: () => fetchProjectsFor('published', undefined) });
  const [projectSlug, setProjectSlug] = useState('');
  const [label, setLabel] = useState('');
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const linked = new Set(concept.projects.map((p) => p.slug));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!projectSlug || !label.trim()) return setOutcome({ error: t('errors.validation_failed') });
    linkProject(concept.slug, projectSlug, label).then(
      (updated) => {
        setOutcome({ success: t('conceptEditor.linked') });
        setLabel('');
        onLinked(updated);
      },
      (error: unknown) => setOutcome({ error: errorMessage(error) }),
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="link-heading">
      <h3 id="link-heading">{t('roots.inspires')}</h3>
      {concept.projects.length > 0 && (
        <ul>
          {concept.projects.map((project) => (
            <li key={project.id}>{project.title} — {project.label}</li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={projectId}>{t('conceptEditor.project')}</label>
        <select id={projectId} value={projectSlug} onChange={(event) => setProjectSlug(event.target.value)}>
          <option value="">—</option>
          {(projects.data?.items ?? []).filter((p) => !linked.has(p.slug)).map((project) => (
            <option key={project.id} value={project.slug}>{project.title}</option>
          ))}
        </select>
      </div>
      <TextField label={t('conceptEditor.label')} name="label" maxLength={280} value={label} onChange={setLabel} />
      <FormAlert error={outcome.error} success={outcome.success} />
      <div>
        <button type="submit" className="button">{t('conceptEditor.link')}</button>
      </div>
    </form>
  );
}
