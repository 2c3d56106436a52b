import { ReportReason } from '@egoejo/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { report } from './api';

/** Report a message to the moderators: a reason, then one click. */
export function ReportButton({ messageId, author }: { messageId: number; author: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason>('offensive');
  const [outcome, setOutcome] = useState<string | null>(null);

  if (outcome) return <p className="field-hint" role="status">{outcome}</p>;
  if (!open) {
    return (
      <button type="button" className="link-button report-button" onClick={() => setOpen(true)}>
        {t('chat.report')}
        <span className="visually-hidden"> {t('chat.reportOf', { name: author })}</span>
      </button>
    );
  }
  return (
    <form
      className="toolbar"
      onSubmit={(event) => {
        event.preventDefault();
        report({ targetKind: 'message', targetId: messageId, reason }).then(
          () => setOutcome(t('chat.reported')),
          (error: unknown) => setOutcome(errorMessage(error)),
        );
      }}
    >
      <label htmlFor={id}>{t('chat.reportReason')}</label>
      <select id={id} value={reason} onChange={(event) => setReason(ReportReason.parse(event.target.value))}>
        {ReportReason.options.map((option) => (
          <option key={option} value={option}>
            {t(`chat.reasons.${option}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-danger">
        {t('chat.reportSend')}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        {t('chat.cancel')}
      </button>
    </form>
  );
}
