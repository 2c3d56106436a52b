import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { useSession } from '../../lib/api/use-session';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { BallotForm } from './BallotForm';
import { PollResultsView } from './PollResultsView';
import { useLivePoll } from './use-live-poll';

export const PollPage = withQueries(function PollPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const session = useSession();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const { data: poll, error, isPending } = useLivePoll(id);
  usePageTitle(poll?.question ?? t('polls.title'));

  if (isPending) return <p role="status">{t('app.loading')}</p>;
  if (!poll) {
    return (
      <div className="page">
        <h1>{errorMessage(error)}</h1>
        <Link to={paths.polls}>{t('polls.back')}</Link>
      </div>
    );
  }
  return (
    <article className="page">
      <p>
        <Link to={paths.polls}>{t('polls.back')}</Link>
      </p>
      <p className="kicker">
        {t(`polls.statuses.${poll.status}`)} · {t(`polls.methods.${poll.method}`)}
      </p>
      <h1>{poll.question}</h1>
      <p className="field-hint">{t(`polls.methodHelp.${poll.method}`, { max: poll.maxChoices ?? poll.options.length })}</p>
      {poll.status === 'open' && session && (
        <BallotForm poll={poll} onVoted={(updated) => queryClient.setQueryData(['polls', id], updated)} />
      )}
      {poll.status === 'open' && !session && (
        <p>
          <Link to={paths.login} state={{ from: `/votes/${id}` }}>{t('polls.loginToVote')}</Link>
        </p>
      )}
      <PollResultsView poll={poll} />
    </article>
  );
});
