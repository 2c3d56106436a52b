import type { ChatMessage } from '@egoejo/contracts';
import { useTranslation } from 'react-i18next';
import { ReportButton } from './ReportButton';

export function MessageItem({ message, mine, time }: { message: ChatMessage; mine: boolean; time: string }) {
  const { t } = useTranslation();
  return (
    <li className={mine ? 'message message-mine' : 'message'}>
      <p className="message-meta">
        <strong>{message.author.displayName}</strong> <time dateTime={message.createdAt}>{time}</time>
        {message.editedAt && <span className="field-hint"> ({t('chat.edited')})</span>}
      </p>
      <p>{message.text ?? <em>{t('chat.deleted')}</em>}</p>
      {!mine && message.text !== null && <ReportButton messageId={message.id} author={message.author.displayName} />}
    </li>
  );
}
