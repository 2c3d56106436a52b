import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/api/use-session';
import { useLiveSocket } from '../../lib/ws/use-socket-status';
import { fetchThreads } from '../chat/api';
import { ThreadView } from '../chat/ThreadView';

function LiveThread({ slug, me }: { slug: string; me: number }) {
  const { t } = useTranslation();
  const status = useLiveSocket();
  const threads = useQuery({ queryKey: ['chat', 'threads'], queryFn: fetchThreads });
  const thread = threads.data?.find((candidate) => candidate.kind === 'project' && candidate.projectSlug === slug);
  if (!thread) return null;
  return (
    <>
      {status === 'reconnecting' && (
        <p className="banner banner-warning" role="status">
          {t('chat.reconnecting')}
        </p>
      )}
      <ThreadView thread={thread} me={me} />
    </>
  );
}

/** The project's own conversation, live, for signed-in members (the socket opens only then). */
export function ProjectThread({ slug }: { slug: string }) {
  const session = useSession();
  return session ? <LiveThread slug={slug} me={session.user.id} /> : null;
}
