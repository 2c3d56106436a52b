import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { downloadMyData } from './api';

export function DataExportSection() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const [busy, setBusy] = useState(false);
  const onExport = () => {
    setBusy(true);
    downloadMyData()
      .then(() => setOutcome({ success: t('account.exported') }), (error: unknown) => setOutcome({ error: errorMessage(error) }))
      .finally(() => setBusy(false));
  };
  return (
    <section className="section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('account.dataHeading')}</h2>
      <p>{t('account.dataText')}</p>
      <button type="button" className="button" onClick={onExport} disabled={busy}>
        {t('account.export')}
      </button>
      <FormAlert error={outcome.error} success={outcome.success} />
    </section>
  );
}
