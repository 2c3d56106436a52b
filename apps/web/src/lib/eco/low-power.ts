/**
 * Low Power Mode (DESIGN §8): switched on by the browser's own signals, re-evaluated whenever one changes
 * (the original decided once at load and ignored the battery).
 */
export type LowPowerReason = 'reducedMotion' | 'saveData' | 'lowBattery' | 'slowNetwork';

export interface PowerSignals {
  reducedMotion: boolean;
  saveData: boolean;
  /** 0..1, or null when the Battery API is not available. */
  batteryLevel: number | null;
  charging: boolean | null;
  effectiveType: string | null;
  /** True while the Battery API has not answered yet: a 3D scene should wait rather than start and stop. */
  batteryPending: boolean;
}

export const lowBatteryThreshold = 0.2;
const slowConnections = new Set(['slow-2g', '2g']);

export function lowPowerReasons(signals: PowerSignals): LowPowerReason[] {
  const reasons: LowPowerReason[] = [];
  if (signals.reducedMotion) reasons.push('reducedMotion');
  if (signals.saveData) reasons.push('saveData');
  if (signals.batteryLevel !== null && signals.charging === false && signals.batteryLevel < lowBatteryThreshold) {
    reasons.push('lowBattery');
  }
  if (signals.effectiveType !== null && slowConnections.has(signals.effectiveType)) reasons.push('slowNetwork');
  return reasons;
}

// The Network Information and Battery Status APIs are not in TypeScript's DOM library (Chromium only).
interface NetworkInformation extends EventTarget {
  saveData?: boolean;
  effectiveType?: string;
}
interface BatteryManager extends EventTarget {
  level: number;
  charging: boolean;
}
interface PowerAwareNavigator {
  connection?: NetworkInformation;
  getBattery?: () => Promise<BatteryManager>;
}

function powerNavigator(): Navigator & PowerAwareNavigator {
  return navigator as Navigator & PowerAwareNavigator;
}

/** The signals that can be read at once (no battery yet): the first render already knows them. */
export function currentPowerSignals(): PowerSignals {
  const connection = powerNavigator().connection;
  return {
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    saveData: connection?.saveData === true,
    batteryLevel: null,
    charging: null,
    effectiveType: connection?.effectiveType ?? null,
    batteryPending: typeof powerNavigator().getBattery === 'function',
  };
}

/** Calls `onChange` with the current signals now (synchronously) and on every change; returns the unsubscribe function. */
export function watchPowerSignals(onChange: (signals: PowerSignals) => void): () => void {
  const nav = powerNavigator();
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const connection = nav.connection;
  let battery: BatteryManager | null = null;
  let batteryPending = typeof nav.getBattery === 'function';
  let stopped = false;

  const emit = () => {
    if (stopped) return;
    onChange({
      reducedMotion: motion.matches,
      saveData: connection?.saveData === true,
      batteryLevel: battery?.level ?? null,
      charging: battery?.charging ?? null,
      effectiveType: connection?.effectiveType ?? null,
      batteryPending,
    });
  };

  motion.addEventListener('change', emit);
  connection?.addEventListener('change', emit);
  nav.getBattery?.().then(
    (manager) => {
      battery = manager;
      batteryPending = false;
      manager.addEventListener('levelchange', emit);
      manager.addEventListener('chargingchange', emit);
      emit();
    },
    () => {
      // refused by a permissions policy: no battery signal, like browsers without the API
      batteryPending = false;
      emit();
    },
  );
  emit();

  return () => {
    stopped = true;
    motion.removeEventListener('change', emit);
    connection?.removeEventListener('change', emit);
    battery?.removeEventListener('levelchange', emit);
    battery?.removeEventListener('chargingchange', emit);
  };
}
