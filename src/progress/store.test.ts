import { beforeEach, describe, expect, it } from 'vitest';
import { exportProgress, importProgress, markModuleDone, moduleCounts, resetModule, setStep, validate } from './store';

// The store needs only localStorage and event listeners of the browser's window.
const stored = new Map<string, string>();
Object.assign(globalThis, {
  window: {
    localStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      clear: () => stored.clear(),
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  },
});

const read = () => validate(JSON.parse(exportProgress()));

describe('progress kept in the browser', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps ticks per edition and module, and counts only steps still on the page', () => {
    setStep(2027, 4, 'a', true);
    setStep(2027, 4, 'gone', true);
    setStep(2026, 4, 'b', true);
    expect(moduleCounts(read(), 2027, 4, ['a', 'b', 'c'])).toEqual({ done: 1, total: 3, state: 'in progress' });
    expect(moduleCounts(read(), 2026, 4, ['a', 'b'])).toEqual({ done: 1, total: 2, state: 'in progress' });
  });

  it('marks a module done and resets it', () => {
    markModuleDone(2027, 4, ['a', 'b']);
    expect(moduleCounts(read(), 2027, 4, ['a', 'b']).state).toBe('done');
    resetModule(2027, 4);
    expect(moduleCounts(read(), 2027, 4, ['a', 'b']).state).toBe('not started');
    expect(read().editions).toEqual({});
  });

  it('adds an exported file to the ticks here and says how many were new', () => {
    setStep(2027, 1, 'a', true);
    const exported = exportProgress();
    window.localStorage.clear();
    setStep(2027, 2, 'x', true);
    expect(importProgress(exported)).toBe(1);
    expect(Object.keys(read().editions[2027]).sort()).toEqual(['1', '2']);
    expect(importProgress(exported)).toBe(0);
  });

  it('refuses a file that is not a progress file, with a reason, and changes nothing', () => {
    setStep(2027, 1, 'a', true);
    expect(() => importProgress('not json')).toThrow('it is not JSON');
    expect(() => importProgress('{"format":"other"}')).toThrow('its "format" is not "mlops-course-progress"');
    expect(() => importProgress('{"format":"mlops-course-progress","version":1,"editions":{"20x7":{}}}')).toThrow(
      '"20x7" is not an edition year',
    );
    expect(Object.keys(read().editions[2027])).toEqual(['1']);
  });
});
