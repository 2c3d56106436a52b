import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, generatePath, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { FormAlert } from '../../ui/FormAlert';
import { PagedFooter } from '../../ui/PagedFooter';
import { fetchConcepts } from './api';

/** Racines & Philosophie: the concepts behind the collective's practice, filterable by theme. */
export const RootsPage = withQueries(function RootsPage() {
  const { t } = useTranslation();
  usePageTitle(t('roots.title'));
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const tag = params.get('theme') ?? undefined;
  const list = useInfiniteQuery({
    queryKey: ['concepts', tag],
    queryFn: ({ pageParam }) => fetchConcepts(tag, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const concepts = list.data?.pages.flatMap((page) => page.items) ?? [];
  const allTags = [...new Set(concepts.flatMap((concept) => concept.tags))].sort();
  const chooseTag = (next: string | undefined) => setParams(next ? { theme: next } : {}, { replace: true });

  return (
    <div>
      <h1>{t('roots.title')}</h1>
      <p className="lead">{t('roots.intro')}</p>
      <p>
        <Link to={paths.constellation}>{t('roots.constellationLink')}</Link>
      </p>
      {(allTags.length > 0 || tag) && (
        <ul className="chips" aria-label={t('roots.tags')}>
          <li>
            <button type="button" className="chip" aria-pressed={!tag} onClick={() => chooseTag(undefined)}>
              {t('roots.allTags')}
            </button>
          </li>
          {(tag && !allTags.includes(tag) ? [tag, ...allTags] : allTags).map((name) => (
            <li key={name}>
              <button type="button" className="chip" aria-pressed={tag === name} onClick={() => chooseTag(name)}>
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormAlert error={list.error ? errorMessage(list.error) : null} />
      <ul className="card-grid">
        {concepts.map((concept) => (
          <li key={concept.id} className="card">
            {concept.era && <p className="kicker">{concept.era}</p>}
            <h2>{concept.title}</h2>
            <p>{concept.summary}</p>
            <Link to={generatePath(paths.concept, { slug: concept.slug })} aria-label={t('roots.readMore', { title: concept.title })}>
              {t('roots.readMoreShort')}
            </Link>
          </li>
        ))}
      </ul>
      <PagedFooter query={list} count={concepts.length} empty={t('roots.empty')} />
    </div>
  );
});
