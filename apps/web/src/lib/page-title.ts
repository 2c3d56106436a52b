import { useEffect } from 'react';

/** Sets the document title of a page ("Projets — EGOEJO"), so that tabs, history and screen readers name it. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — EGOEJO`;
  }, [title]);
}
