import { type Poll, majorityGradeLabels } from '@egoejo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { castBallot } from './api';

const grades = majorityGradeLabels.map((_, grade) => grade);

/** One ballot form for the three methods: one choice, several choices (up to maxChoices), or a grade per option. */
export function BallotForm({ poll, onVoted }: { poll: Poll; onVoted: (poll: Poll) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [chosen, setChosen] = useState<number[]>(poll.myBallot?.optionIds ?? []);
  const [graded, setGraded] = useState<Record<string, number>>(poll.myBallot?.grades ?? {});
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const max = poll.method === 'single' ? 1 : (poll.maxChoices ?? poll.options.length);

  const toggle = (optionId: number) => {
    if (poll.method === 'single') return setChosen([optionId]);
    setChosen(chosen.includes(optionId) ? chosen.filter((o) => o !== optionId) : [...chosen, optionId]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (poll.method === 'majority' ? Object.keys(graded).length < poll.options.length : chosen.length === 0 || chosen.length > max) {
      return setOutcome({ error: t(poll.method === 'majority' ? 'polls.gradeAll' : 'polls.chooseBetween', { max }) });
    }
    castBallot(poll.id, poll.method === 'majority' ? { grades: graded } : { optionIds: chosen }).then(
      (updated) => {
        setOutcome({ success: t('polls.voted') });
        onVoted(updated);
      },
      (error: unknown) => setOutcome({ error: errorMessage(error) }),
    );
  };

  return (
    <form className="form ballot" onSubmit={submit} noValidate>
      {poll.method === 'majority' ? (
        poll.options.map((option) => (
          <fieldset key={option.id} className="fieldset">
            <legend>{option.label}</legend>
            <div className="grades">
              {grades.map((grade) => (
                <label key={grade}>
                  <input type="radio" name={`${id}-${option.id}`} checked={graded[String(option.id)] === grade}
                    onChange={() => setGraded({ ...graded, [String(option.id)]: grade })} />{' '}
                  {t(`polls.grades.${grade}` as 'polls.grades.0')}
                </label>
              ))}
            </div>
          </fieldset>
        ))
      ) : (
        <fieldset className="fieldset">
          <legend>{poll.method === 'single' ? t('polls.chooseOne') : t('polls.chooseUpTo', { max })}</legend>
          {poll.options.map((option) => (
            <div key={option.id}>
              <input id={`${id}-${option.id}`} type={poll.method === 'single' ? 'radio' : 'checkbox'} name={id}
                checked={chosen.includes(option.id)} onChange={() => toggle(option.id)} />{' '}
              <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
      )}
      <FormAlert error={outcome.error} success={outcome.success} />
      <div>
        <button type="submit" className="button button-primary">
          {poll.myBallot ? t('polls.changeVote') : t('polls.vote')}
        </button>
      </div>
    </form>
  );
}
