import type { Constellation } from '@egoejo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, generatePath } from 'react-router';
import { paths } from '../../app/paths';
import { fetchProject } from '../projects/api';
import { fetchConcept } from '../roots/api';
import type { ConstellationNode } from './ConstellationPage';

/** The side panel of a clicked star: its summary, its links, and the way to its page. */
export function SelectionPanel({ node, graph, onClose }: { node: ConstellationNode; graph: Constellation; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useQuery({
    queryKey: ['constellation', 'summary', node.id],
    queryFn: async () => (node.kind === 'concept' ? (await fetchConcept(node.slug)).summary : (await fetchProject(node.slug)).summary),
  });
  useEffect(() => heading.current?.focus(), [node.id]);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const linked = graph.links
    .filter((link) => link.source === node.id || link.target === node.id)
    .map((link) => byId.get(link.source === node.id ? link.target : link.source))
    .filter((n): n is ConstellationNode => n !== undefined);
  const pageOf = (n: ConstellationNode) => generatePath(n.kind === 'concept' ? paths.concept : paths.project, { slug: n.slug });

  return (
    <aside className="card selection-panel" aria-labelledby="selection-heading">
      <p className="kicker">{node.kind === 'concept' ? t('constellation.concepts') : t('constellation.projects')}</p>
      <h2 id="selection-heading" ref={heading} tabIndex={-1}>
        {node.title}
      </h2>
      {summary.data && <p>{summary.data}</p>}
      {linked.length > 0 && (
        <>
          <h3>{t('constellation.linkedTo')}</h3>
          <ul>
            {linked.map((n) => (
              <li key={n.id}>
                <Link to={pageOf(n)}>{n.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="actions">
        <Link className="button button-primary" to={pageOf(node)}>
          {t('constellation.open')}
        </Link>
        <button type="button" className="button" onClick={onClose}>
          {t('constellation.panelClose')}
        </button>
      </p>
    </aside>
  );
}
