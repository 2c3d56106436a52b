import { forwardRef } from 'react';

interface FormAlertProps {
  error?: string | null;
  success?: string | null;
}

/**
 * Announces the outcome of a form: errors through role="alert" (read at once), successes through
 * role="status". The region is always in the page so that screen readers pick up changes.
 */
export const FormAlert = forwardRef<HTMLDivElement, FormAlertProps>(function FormAlert({ error, success }, ref) {
  return (
    <div ref={ref} tabIndex={-1}>
      <div role="alert">{error ? <p className="alert alert-error">{error}</p> : null}</div>
      <div role="status">{success ? <p className="alert alert-success">{success}</p> : null}</div>
    </div>
  );
});
