import { useTranslation } from 'react-i18next';

const pillars = ['connect', 'learn', 'transmit'] as const;

/** The collective's three pillars: Relier, Apprendre en faisant, Transmettre. */
export function PillarList() {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="pillars-heading">
      <h2 id="pillars-heading">{t('home.pillarsHeading')}</h2>
      <ul className="card-grid">
        {pillars.map((pillar) => (
          <li key={pillar} className="card">
            <h3>{t(`home.pillars.${pillar}.title`)}</h3>
            <p>{t(`home.pillars.${pillar}.text`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
