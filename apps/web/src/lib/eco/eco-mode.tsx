import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { type LowPowerReason, currentPowerSignals, lowPowerReasons, watchPowerSignals } from './low-power';

const storageKey = 'egoejo_eco';

export interface EcoState {
  /** The user's own toggle, remembered. */
  ecoMode: boolean;
  setEcoMode: (on: boolean) => void;
  /** Why Low Power Mode is on (empty when it is off). */
  lowPowerReasons: LowPowerReason[];
  /** Eco-Mode or Low Power Mode: no WebGL, no animation loop, smallest images. */
  light: boolean;
  /** False until every signal has answered once (the battery answers asynchronously). */
  settled: boolean;
}

const EcoContext = createContext<EcoState | null>(null);

function readStoredEcoMode(): boolean {
  try {
    return localStorage.getItem(storageKey) === 'true';
  } catch {
    return false;
  }
}

export function EcoModeProvider({ children }: { children: ReactNode }) {
  const [ecoMode, setEcoModeState] = useState(readStoredEcoMode);
  const [reasons, setReasons] = useState<LowPowerReason[]>(() => lowPowerReasons(currentPowerSignals()));
  const [settled, setSettled] = useState(false);

  useEffect(
    () =>
      watchPowerSignals((signals) => {
        const next = lowPowerReasons(signals);
        // Keep the same array when nothing changed, so that consumers do not re-render on every battery tick.
        setReasons((current) => (current.join() === next.join() ? current : next));
        setSettled(!signals.batteryPending);
      }),
    [],
  );

  const setEcoMode = useCallback((on: boolean) => {
    setEcoModeState(on);
    try {
      localStorage.setItem(storageKey, String(on));
    } catch {
      // applied for this visit only
    }
  }, []);

  const light = ecoMode || reasons.length > 0;
  useEffect(() => {
    // CSS hook: transitions and decorative effects are switched off under `.eco`.
    document.documentElement.classList.toggle('eco', light);
  }, [light]);

  const value = useMemo(
    () => ({ ecoMode, setEcoMode, lowPowerReasons: reasons, light, settled }),
    [ecoMode, setEcoMode, reasons, light, settled],
  );
  return <EcoContext.Provider value={value}>{children}</EcoContext.Provider>;
}

export function useEco(): EcoState {
  const state = useContext(EcoContext);
  if (!state) throw new Error('useEco must be used inside EcoModeProvider');
  return state;
}
