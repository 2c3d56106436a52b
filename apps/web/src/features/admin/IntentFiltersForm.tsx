import { type IntentFilters, JoinProfile } from '@egoejo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';

/** Filters of the join requests; applied on submit so that typing does not fire a request per key. */
export function IntentFiltersForm({ onApply }: { onApply: (filters: IntentFilters) => void }) {
  const { t } = useTranslation();
  const profileId = useId();
  const [draft, setDraft] = useState({ from: '', to: '', profile: '', q: '' });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const profile = JoinProfile.safeParse(draft.profile);
    onApply({
      ...(draft.from ? { from: draft.from } : {}),
      ...(draft.to ? { to: draft.to } : {}),
      ...(profile.success ? { profile: profile.data } : {}),
      ...(draft.q.trim() ? { q: draft.q.trim() } : {}),
    });
  };
  return (
    <form className="toolbar" aria-label={t('admin.filters')} onSubmit={apply}>
      <TextField label={t('admin.from')} name="from" type="date" value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
      <TextField label={t('admin.to')} name="to" type="date" value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
      <div className="field">
        <label htmlFor={profileId}>{t('admin.profile')}</label>
        <select id={profileId} value={draft.profile} onChange={(event) => setDraft({ ...draft, profile: event.target.value })}>
          <option value="">{t('admin.allProfiles')}</option>
          {JoinProfile.options.map((profile) => (
            <option key={profile} value={profile}>
              {t(`join.profiles.${profile}.label`)}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('admin.search')} name="q" type="search" maxLength={200} value={draft.q} onChange={(q) => setDraft({ ...draft, q })} />
      <button type="submit" className="button">
        {t('admin.apply')}
      </button>
    </form>
  );
}
