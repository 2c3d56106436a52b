import { describe, expect, it } from 'vitest';
import { type PowerSignals, lowPowerReasons } from './low-power';

const calm: PowerSignals = { reducedMotion: false, saveData: false, batteryLevel: 0.8, charging: false, effectiveType: '4g', batteryPending: false };

describe('Low Power Mode', () => {
  it('stays off when nothing asks for it', () => {
    expect(lowPowerReasons(calm)).toEqual([]);
  });

  it('turns on for reduced motion, Save-Data and a slow connection', () => {
    expect(lowPowerReasons({ ...calm, reducedMotion: true })).toEqual(['reducedMotion']);
    expect(lowPowerReasons({ ...calm, saveData: true })).toEqual(['saveData']);
    expect(lowPowerReasons({ ...calm, effectiveType: '2g' })).toEqual(['slowNetwork']);
    expect(lowPowerReasons({ ...calm, effectiveType: 'slow-2g' })).toEqual(['slowNetwork']);
  });

  it('turns on for a battery under 20 % that is discharging, not for one that is charging', () => {
    expect(lowPowerReasons({ ...calm, batteryLevel: 0.19, charging: false })).toEqual(['lowBattery']);
    expect(lowPowerReasons({ ...calm, batteryLevel: 0.19, charging: true })).toEqual([]);
    expect(lowPowerReasons({ ...calm, batteryLevel: 0.2, charging: false })).toEqual([]);
  });

  it('ignores the battery where the Battery API does not exist', () => {
    expect(lowPowerReasons({ ...calm, batteryLevel: null, charging: null })).toEqual([]);
  });
});
