import { useTranslation } from 'react-i18next';
import { useEco } from '../lib/eco/eco-mode';

/** The visible Eco-Mode switch, and why Low Power Mode is on when the browser turned it on. */
export function EcoToggle() {
  const { t } = useTranslation();
  const { ecoMode, setEcoMode, lowPowerReasons } = useEco();
  return (
    <div className="eco-toggle">
      <button type="button" className="switch" role="switch" aria-checked={ecoMode} onClick={() => setEcoMode(!ecoMode)}>
        <span aria-hidden="true" className="switch-track">
          <span className="switch-thumb" />
        </span>
        {t('eco.toggle')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {ecoMode ? t('eco.on') : t('eco.off')}
      </p>
      {lowPowerReasons.length > 0 && (
        <p className="eco-reasons">
          {t('eco.lowPower')} ({lowPowerReasons.map((reason) => t(`eco.reasons.${reason}`)).join(', ')})
        </p>
      )}
    </div>
  );
}
