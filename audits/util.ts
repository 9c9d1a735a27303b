// Small numeric and object helpers used across the engine.

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Rounds half away from zero to `decimals` places, robust to binary artefacts (1.005 → 1.01). */
export function round(value: number, decimals: number): number {
  const f = POW10[decimals] ?? 10 ** decimals;
  const scaled = Math.abs(value) * f;
  // Nudge by a few units in the last place: 1.005 × 100 = 100.49999999999999 rounds to 101.
  const r = Math.round(scaled + scaled * 8 * Number.EPSILON);
  return value < 0 ? -r / f : r / f;
}


export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** Freezes an object graph so registry entries (policies, methodologies) cannot be altered at run time. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** `12.5` → `"12.5"`, `0.1 + 0.2` → `"0.3"`: numbers for messages, at most 6 decimals, without binary noise. */
export function fmt(value: number): string {
  return String(round(value, 6));
}
