import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, generatePath } from 'react-router';
import { paths } from '../../app/paths';
import { fetchPolls } from '../polls/api';

/** The project's polls (not drafts), each linking to its ballot and live results. */
export function ProjectPolls({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['polls', 'project', slug], queryFn: () => fetchPolls(undefined, slug) });
  const polls = (query.data?.items ?? []).filter((poll) => poll.status !== 'draft');
  if (polls.length === 0) return null;
  return (
    <section className="section" aria-labelledby="project-polls-heading">
      <h2 id="project-polls-heading">{t('polls.title')}</h2>
      <ul>
        {polls.map((poll) => (
          <li key={poll.id}>
            <Link to={generatePath(paths.poll, { id: String(poll.id) })}>{poll.question}</Link>{' '}
            <span className="field-hint">
              ({t(`polls.statuses.${poll.status}`)}, {t('polls.ballots', { count: poll.ballotCount })})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
