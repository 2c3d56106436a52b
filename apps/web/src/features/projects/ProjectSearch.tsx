import type { SearchResult } from '@egoejo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useDebounced } from '../../lib/use-debounced';
import { Highlighted } from '../../ui/Highlighted';
import { searchProjects } from './api';

const minimumQuery = 2;

/**
 * Search-as-you-type (debounced, typo-tolerant on the server) as an ARIA combobox: arrows move through the
 * results, Enter opens one, Escape closes the list. Matches are highlighted from the server's ranges.
 */
export function ProjectSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), 250);
  const search = useQuery({
    queryKey: ['search', 'projects', query],
    queryFn: ({ signal }) => searchProjects(query, signal),
    enabled: query.length >= minimumQuery,
    placeholderData: (previous) => previous,
  });
  const results: SearchResult[] = query.length >= minimumQuery ? (search.data ?? []) : [];
  const expanded = open && results.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;
  const openResult = (result: SearchResult) => void navigate(generatePath(paths.project, { slug: result.slug }));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === 'Enter' && expanded && results[active]) {
      event.preventDefault();
      openResult(results[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="search">
      <label htmlFor={id}>{t('projects.searchLabel')}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        maxLength={200}
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('projects.searchHint')}
      </p>
      <ul id={`${id}-listbox`} role="listbox" aria-label={t('projects.searchLabel')} className="search-results" hidden={!expanded}>
        {results.map((result, index) => (
          <li
            key={result.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openResult(result)}
          >
            <strong>
              <Highlighted text={result.title} ranges={result.matches.title} />
            </strong>
            <span className="field-hint">
              <Highlighted text={result.snippet} ranges={result.matches.snippet} />
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {query.length >= minimumQuery && search.isSuccess
          ? results.length > 0
            ? t('projects.searchResults', { count: results.length, query })
            : t('projects.searchNone', { query })
          : ''}
      </p>
      {open && query.length >= minimumQuery && search.isSuccess && results.length === 0 && (
        <p className="field-hint">{t('projects.searchNone', { query })}</p>
      )}
    </div>
  );
}
