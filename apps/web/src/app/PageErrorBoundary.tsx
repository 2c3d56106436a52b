import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageFailed() {
  const { t } = useTranslation();
  return (
    <div className="page" role="alert">
      <h1>{t('app.error')}</h1>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.retry')}
      </button>
    </div>
  );
}

/** A page that fails to load (a chunk gone after a deploy, a render error) shows a retry, not a blank screen. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
