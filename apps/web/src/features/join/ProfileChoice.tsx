import { JoinProfile } from '@egoejo/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The three ways to join (je-découvre, je-participe, je-contribue) as a labelled radio group. */
export function ProfileChoice({ value, onChange }: { value: JoinProfile; onChange: (profile: JoinProfile) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="fieldset">
      <legend>{t('join.profile')}</legend>
      {JoinProfile.options.map((profile) => (
        <div key={profile} className="radio">
          <input type="radio" id={`${id}-${profile}`} name="profile" value={profile} checked={value === profile}
            aria-describedby={`${id}-${profile}-text`} onChange={() => onChange(profile)} />
          <label htmlFor={`${id}-${profile}`}>{t(`join.profiles.${profile}.label`)}</label>
          <p id={`${id}-${profile}-text`} className="field-hint">
            {t(`join.profiles.${profile}.text`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
