// Small numeric and object helpers used across the engine.

/** Rounds half away from zero to `decimals` places, robust to binary artefacts (1.005 → 1.01). */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Math.abs(value) * f;
  const r = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(value) * r) / f || 0;
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

/** `12.5` → `"12.5"`, `0.1 + 0.2` → `"0.3"`: numbers for messages, without binary noise. */
export function fmt(value: number): string {
  return String(Number(value.toPrecision(12)));
}
