import type { Poll } from '@egoejo/contracts';
import { useTranslation } from 'react-i18next';

/** The live tally: shares for choice polls, the majority grade of each option for majority judgement. */
export function PollResultsView({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const labelOf = (optionId: number) => poll.options.find((o) => o.id === optionId)?.label ?? '';
  if (!poll.results) {
    return <p className="field-hint">{t(`polls.hidden.${poll.resultsVisibility}`)}</p>;
  }
  const { results } = poll;
  return (
    <section className="section" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('polls.results')}</h2>
      <p aria-live="polite">{t('polls.ballots', { count: results.ballotCount })}</p>
      {results.choices && (
        <ol className="results">
          {[...results.choices].sort((a, b) => a.rank - b.rank).map((tally) => (
            <li key={tally.optionId}>
              <span>{labelOf(tally.optionId)}</span>{' '}
              <span className="result-figure">{t('polls.votes', { count: tally.votes, share: Math.round(tally.share * 100) })}</span>
              <span className="bar" aria-hidden="true">
                <span style={{ inlineSize: `${Math.round(tally.share * 100)}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
      {results.grades && (
        <ol className="results">
          {[...results.grades].sort((a, b) => a.rank - b.rank).map((tally) => (
            <li key={tally.optionId}>
              <span>{labelOf(tally.optionId)}</span>{' '}
              <span className="result-figure">
                {tally.majorityGrade === null ? t('polls.noGrade') : t(`polls.grades.${tally.majorityGrade}` as 'polls.grades.0')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
