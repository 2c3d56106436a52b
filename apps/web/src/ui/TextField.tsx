import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'date';
  multiline?: boolean;
  required?: boolean;
  autoComplete?: string;
  maxLength?: number;
  hint?: string;
  error?: string | undefined;
}

/** A labelled input whose hint and error are tied to it (aria-describedby), the error marked aria-invalid. */
export function TextField(props: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    value: props.value,
    required: props.required,
    maxLength: props.maxLength,
    autoComplete: props.autoComplete,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(event.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {props.label}
        {props.required && (
          <span className="required" aria-hidden="true">
            {' '}*
          </span>
        )}
        {props.required && <span className="visually-hidden"> ({t('forms.required')})</span>}
      </label>
      {props.multiline ? <textarea {...common} /> : <input {...common} type={props.type ?? 'text'} />}
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
