import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, generatePath } from 'react-router';
import { paths } from '../../app/paths';
import { useSession } from '../../lib/api/use-session';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { FormAlert } from '../../ui/FormAlert';
import { PagedFooter } from '../../ui/PagedFooter';
import { fetchPolls } from './api';
import { NewPollForm } from './NewPollForm';

export const PollsPage = withQueries(function PollsPage() {
  const { t } = useTranslation();
  usePageTitle(t('polls.title'));
  const errorMessage = useErrorMessage();
  const signedIn = useSession() !== null;
  const list = useInfiniteQuery({
    queryKey: ['polls', 'list'],
    queryFn: ({ pageParam }) => fetchPolls(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const polls = (list.data?.pages.flatMap((page) => page.items) ?? []).filter((poll) => poll.status !== 'draft');
  return (
    <div>
      <h1>{t('polls.title')}</h1>
      <p className="lead">{t('polls.intro')}</p>
      {signedIn && <NewPollForm />}
      <FormAlert error={list.error ? errorMessage(list.error) : null} />
      <ul className="card-grid">
        {polls.map((poll) => (
          <li key={poll.id} className="card">
            <p className="kicker">
              {t(`polls.statuses.${poll.status}`)} · {t(`polls.methods.${poll.method}`)}
            </p>
            <h2>
              <Link to={generatePath(paths.poll, { id: String(poll.id) })}>{poll.question}</Link>
            </h2>
            <p className="field-hint">{t('polls.ballots', { count: poll.ballotCount })}</p>
          </li>
        ))}
      </ul>
      <PagedFooter query={list} count={polls.length} empty={t('polls.empty')} />
    </div>
  );
});
