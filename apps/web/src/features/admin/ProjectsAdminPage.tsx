import type { Project } from '@egoejo/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { fetchProject } from '../projects/api';
import { AdminNav } from './AdminNav';
import { fetchProjectsFor } from './project-api';
import { ProjectEditor } from './ProjectEditor';

/** Projects for the team: the published ones and the members' proposals, each editable; a new one. */
export const ProjectsAdminPage = withQueries(function ProjectsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('editor.pageTitle'));
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Project | 'new' | null>(null);
  // A new form only when the team picks another project; saving keeps the form (and its message) in place.
  const [editorKey, setEditorKey] = useState(0);
  const published = useQuery({ queryKey: ['admin', 'projects', 'published'], queryFn: () => fetchProjectsFor('published', undefined) });
  const proposals = useQuery({ queryKey: ['admin', 'projects', 'proposals'], queryFn: () => fetchProjectsFor('proposals', undefined) });
  const open = async (slug: string) => {
    setEditing(await fetchProject(slug));
    setEditorKey((key) => key + 1);
  };
  const lists = [
    { key: 'proposals', title: t('editor.proposals'), items: proposals.data?.items ?? [] },
    { key: 'published', title: t('editor.publishedList'), items: published.data?.items ?? [] },
  ];

  return (
    <div>
      <AdminNav />
      <h1>{t('editor.pageTitle')}</h1>
      <button type="button" className="button button-primary" onClick={() => {
          setEditing('new');
          setEditorKey((key) => key + 1);
        }}>{t('editor.new')}</button>
      {editing && (
        <ProjectEditor
          key={editorKey}
          project={editing === 'new' ? null : editing}
          onSaved={(saved) => {
            setEditing(saved);
            void queryClient.invalidateQueries({ queryKey: ['admin', 'projects'] });
            void queryClient.invalidateQueries({ queryKey: ['projects'] });
          }}
        />
      )}
      {lists.map((list) => (
        <section key={list.key} className="section" aria-labelledby={`list-${list.key}`}>
          <h2 id={`list-${list.key}`}>{list.title}</h2>
          {list.items.length === 0 ? <p>{t('admin.empty')}</p> : (
            <ul>
              {list.items.map((project) => (
                <li key={project.id}>
                  <button type="button" className="link-button" onClick={() => void open(project.slug)}>{project.title}</button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
});
