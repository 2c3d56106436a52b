import { messageMaxLength } from '@egoejo/contracts';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { liveSocket } from '../../lib/ws/live-socket';

const typingEveryMs = 3_000;

/** The message box: Enter sends, Shift+Enter breaks the line; tells the others "typing" at most every 3 s. */
export function Composer({ threadId, onSend }: { threadId: number; onSend: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const lastTyping = useRef(0);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onSend(trimmed);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('chat.write')}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={messageMaxLength}
        value={text}
        placeholder={t('chat.write')}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          setText(event.target.value);
          if (Date.now() - lastTyping.current > typingEveryMs) {
            lastTyping.current = Date.now();
            liveSocket.sendNow({ type: 'typing', thread: threadId });
          }
        }}
      />
      <button type="submit" className="button button-primary">
        {t('chat.send')}
      </button>
    </form>
  );
}
