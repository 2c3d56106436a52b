import type { Constellation } from '@egoejo/contracts';
import { useTranslation } from 'react-i18next';
import type { ConstellationNode } from './ConstellationPage';

/** The same graph as the 3D view, as nested lists: each concept with the projects it inspires. */
export function ConstellationList({ graph, onSelect }: { graph: Constellation; onSelect: (node: ConstellationNode) => void }) {
  const { t } = useTranslation();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const concepts = graph.nodes.filter((node) => node.kind === 'concept');
  const unlinkedProjects = graph.nodes.filter(
    (node) => node.kind === 'project' && !graph.links.some((link) => link.source === node.id || link.target === node.id),
  );
  const linksOf = (concept: ConstellationNode) =>
    graph.links
      .filter((link) => link.source === concept.id || link.target === concept.id)
      .map((link) => ({ label: link.label, node: byId.get(link.source === concept.id ? link.target : link.source) }))
      .filter((entry): entry is { label: string; node: ConstellationNode } => entry.node !== undefined);

  return (
    <section aria-labelledby="constellation-list-heading" className="constellation-list">
      <h2 id="constellation-list-heading">{t('constellation.concepts')}</h2>
      <ul>
        {concepts.map((concept) => {
          const linked = linksOf(concept);
          return (
            <li key={concept.id}>
              <button type="button" className="link-button star" onClick={() => onSelect(concept)}>
                {concept.title}
              </button>
              {linked.length > 0 ? (
                <ul aria-label={`${t('constellation.linkedTo')} ${concept.title}`}>
                  {linked.map(({ node, label }) => (
                    <li key={node.id}>
                      <button type="button" className="link-button" onClick={() => onSelect(node)}>
                        {node.title}
                      </button>{' '}
                      <span className="field-hint">— {label}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="field-hint">{t('constellation.noLinks')}</p>
              )}
            </li>
          );
        })}
      </ul>
      {unlinkedProjects.length > 0 && (
        <>
          <h2>{t('constellation.projects')}</h2>
          <ul>
            {unlinkedProjects.map((project) => (
              <li key={project.id}>
                <button type="button" className="link-button" onClick={() => onSelect(project)}>
                  {project.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
