import type { Constellation } from '@egoejo/contracts';
import { useQuery } from '@tanstack/react-query';
import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEco } from '../../lib/eco/eco-mode';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { FormAlert } from '../../ui/FormAlert';
import { fetchConstellation } from '../roots/api';
import { ConstellationList } from './ConstellationList';
import { SelectionPanel } from './SelectionPanel';

/** three.js and @react-three/fiber live in this chunk only, fetched when the 3D view is shown. */
const ConstellationScene = lazy(() => import('./ConstellationScene').then((m) => ({ default: m.ConstellationScene })));

class WebGlBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

const webGlAvailable = () => typeof window.WebGLRenderingContext === 'function';

export type ConstellationNode = Constellation['nodes'][number];

export const ConstellationPage = withQueries(function ConstellationPage() {
  const { t } = useTranslation();
  usePageTitle(t('constellation.title'));
  const errorMessage = useErrorMessage();
  const { light, settled } = useEco();
  const [forced3d, setForced3d] = useState(false);
  const [preferList, setPreferList] = useState(false);
  const [selected, setSelected] = useState<ConstellationNode | null>(null);
  const query = useQuery({ queryKey: ['constellation'], queryFn: fetchConstellation });
  const graph = query.data;

  // In Eco-Mode or Low Power Mode no WebGL context is created and the 3D chunk is never fetched.
  const can3d = webGlAvailable() && settled && (!light || forced3d);
  const show3d = can3d && !preferList;
  const list = graph ? <ConstellationList graph={graph} onSelect={setSelected} /> : null;

  return (
    <div>
      <h1>{t('constellation.title')}</h1>
      <p className="lead">{t('constellation.intro')}</p>
      <FormAlert error={query.error ? errorMessage(query.error) : null} />
      {query.isPending && <p role="status">{t('app.loading')}</p>}
      {graph && graph.nodes.length === 0 && <p>{t('constellation.empty')}</p>}
      {light && !forced3d && (
        <p className="field-hint">
          {t('constellation.light')}{' '}
          <button type="button" className="link-button" onClick={() => setForced3d(true)}>
            {t('constellation.show3d')}
          </button>
        </p>
      )}
      {!webGlAvailable() && <p className="field-hint">{t('constellation.noWebgl')}</p>}
      {can3d && (
        <p>
          <button type="button" className="button" onClick={() => setPreferList(!preferList)}>
            {preferList ? t('constellation.view3d') : t('constellation.viewList')}
          </button>
        </p>
      )}
      <div className="constellation-layout">
        {graph && graph.nodes.length > 0 && (
          show3d ? (
            <WebGlBoundary fallback={<><p className="field-hint">{t('constellation.noWebgl')}</p>{list}</>}>
              <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
                <ConstellationScene graph={graph} selectedId={selected?.id ?? null} onSelect={setSelected} />
                <p className="field-hint">{t('constellation.hint3d')}</p>
              </Suspense>
            </WebGlBoundary>
          ) : (
            list
          )
        )}
        {selected && graph && <SelectionPanel node={selected} graph={graph} onClose={() => setSelected(null)} />}
      </div>
    </div>
  );
});
