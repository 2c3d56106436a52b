import type { ModerationAction, ModerationItem } from '@egoejo/contracts';
import { useTranslation } from 'react-i18next';

const actions: ModerationAction[] = ['approve', 'hide', 'delete'];

export function ModerationCard({ item, onDecide }: { item: ModerationItem; onDecide: (action: ModerationAction) => void }) {
  const { t } = useTranslation();
  const headingId = `moderation-item-${item.id}`;
  const scores = Object.entries(item.scores ?? {}).filter(([, score]) => score >= 0.5);
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="kicker">
        {t(`moderation.kinds.${item.targetKind}`)} · {t(`moderation.statuses.${item.status}`)}
      </h2>
      {item.author && <p className="field-hint">{t('moderation.author', { name: item.author.displayName })}</p>}
      {item.context.before.map((m) => (
        <p key={m.id} className="field-hint">
          {m.text}
        </p>
      ))}
      <blockquote className="moderation-content">{item.content ?? t('moderation.erased')}</blockquote>
      {item.reports.length > 0 && (
        <p>
          <span className="field-hint">{t('moderation.reports', { count: item.reports.length })}</span>{' '}
          {item.reports.map((report) => t(`chat.reasons.${report.reason}`)).join(', ')}
        </p>
      )}
      {scores.length > 0 && (
        <p className="field-hint">
          {t('moderation.scores')} — {scores.map(([category, score]) => `${category} ${Math.round(score * 100)} %`).join(', ')}
        </p>
      )}
      {item.appeal && <p>{t('moderation.appeal', { note: item.appeal.note ?? '' })}</p>}
      <div className="actions">
        {actions.map((action) => (
          <button key={action} type="button" className={action === 'approve' ? 'button' : 'button button-danger'} onClick={() => onDecide(action)}>
            {t(`moderation.actions.${action}`)}
          </button>
        ))}
      </div>
    </li>
  );
}
