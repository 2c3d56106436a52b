import type { MediaReply, Project } from '@egoejo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { updateProject, uploadProjectImage } from './project-api';

/** Adds an image to a project's gallery (the first one becomes its cover); the server re-encodes it. */
export function ProjectImages({ project, onChanged }: { project: Project; onChanged: (project: Project) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [uploaded, setUploaded] = useState<MediaReply[]>([]);
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setOutcome({ error: t('editor.chooseImage') });
    setBusy(true);
    try {
      const media = await uploadProjectImage(project.slug, file, alt);
      const saved = await updateProject(project.slug, {
        galleryMediaIds: [...project.galleryMediaIds, media.id],
        ...(project.coverMediaId === null ? { coverMediaId: media.id } : {}),
      });
      setUploaded([...uploaded, media]);
      setOutcome({ success: t('editor.imageAdded') });
      setFile(null);
      setAlt('');
      onChanged(saved);
    } catch (error) {
      setOutcome({ error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} aria-labelledby="images-heading">
      <h3 id="images-heading">{t('editor.images', { count: project.galleryMediaIds.length })}</h3>
      {uploaded.length > 0 && (
        <ul className="chips">
          {uploaded.map((media) => (
            <li key={media.id}>
              <img src={media.variants.w320} alt={media.alt} width={160} loading="lazy" />
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={fileId}>{t('editor.image')}</label>
        <input id={fileId} type="file" accept="image/jpeg,image/png,image/webp,image/avif" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      <TextField label={t('editor.alt')} name="alt" maxLength={500} hint={t('editor.altHint')} value={alt} onChange={setAlt} />
      <FormAlert error={outcome.error} success={outcome.success} />
      <div>
        <button type="submit" className="button" disabled={busy}>{t('editor.upload')}</button>
      </div>
    </form>
  );
}
