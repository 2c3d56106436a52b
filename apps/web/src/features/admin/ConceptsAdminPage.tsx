import type { Concept } from '@egoejo/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { fetchConcept, fetchConcepts } from '../roots/api';
import { AdminNav } from './AdminNav';
import { ConceptEditor } from './ConceptEditor';

/** The roots for the team: every concept editable, a new one, links to the projects they inspire. */
export const ConceptsAdminPage = withQueries(function ConceptsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('conceptEditor.pageTitle'));
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Concept | 'new' | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const concepts = useQuery({ queryKey: ['admin', 'concepts'], queryFn: () => fetchConcepts(undefined, undefined) });
  const choose = (next: Concept | 'new') => {
    setEditing(next);
    setEditorKey((key) => key + 1);
  };

  return (
    <div>
      <AdminNav />
      <h1>{t('conceptEditor.pageTitle')}</h1>
      <button type="button" className="button button-primary" onClick={() => choose('new')}>{t('conceptEditor.new')}</button>
      {editing && (
        <ConceptEditor
          key={editorKey}
          concept={editing === 'new' ? null : editing}
          onSaved={(saved) => {
            setEditing(saved);
            void queryClient.invalidateQueries({ queryKey: ['admin', 'concepts'] });
            void queryClient.invalidateQueries({ queryKey: ['concepts'] });
            void queryClient.invalidateQueries({ queryKey: ['constellation'] });
          }}
        />
      )}
      <ul>
        {(concepts.data?.items ?? []).map((concept) => (
          <li key={concept.id}>
            <button type="button" className="link-button" onClick={() => void fetchConcept(concept.slug).then(choose)}>{concept.title}</button>
          </li>
        ))}
      </ul>
    </div>
  );
});
