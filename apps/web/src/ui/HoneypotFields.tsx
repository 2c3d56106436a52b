import type { HoneypotValues } from '../lib/honeypot';

/**
 * Fields a person never sees nor hears (display:none, aria-hidden, out of the tab order) and a bot fills
 * in: the server then answers as if all went well and stores nothing (DESIGN §7).
 */
export function HoneypotFields({ values, onChange }: { values: HoneypotValues; onChange: (values: HoneypotValues) => void }) {
  const field = (name: keyof HoneypotValues, multiline = false) => {
    const props = {
      name,
      value: values[name],
      tabIndex: -1,
      autoComplete: 'off',
      onChange: (event: { target: { value: string } }) => onChange({ ...values, [name]: event.target.value }),
    };
    return (
      <label key={name}>
        {name}
        {multiline ? <textarea {...props} /> : <input type="text" {...props} />}
      </label>
    );
  };
  return (
    <div className="trap" aria-hidden="true">
      {field('website')}
      {field('nickname')}
      {field('comment', true)}
    </div>
  );
}
