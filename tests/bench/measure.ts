/** One HTTP request of an operation; throws if the answer is not what the operation expects. */
export type Request = (iteration: number) => Promise<void>;

export interface Limits {
  warmUp: number;
  iterations: number;
  /** Stop sampling after this long (with at least `minIterations` samples). */
  budgetMs: number;
  minIterations: number;
}

export interface Samples {
  /** Milliseconds, in the order measured. */
  ms: number[];
  /** Why sampling stopped early: the first failed request. */
  error?: string;
}

/** Sequential requests: a warm-up, then up to `iterations` timed ones within the time budget. */
export async function measure(request: Request, limits: Limits): Promise<Samples> {
  const ms: number[] = [];
  try {
    for (let i = 0; i < limits.warmUp; i++) await request(-1 - i);
    const started = performance.now();
    for (let i = 0; i < limits.iterations; i++) {
      const t0 = performance.now();
      await request(i);
      ms.push(performance.now() - t0);
      if (ms.length >= limits.minIterations && performance.now() - started > limits.budgetMs) break;
    }
  } catch (error) {
    return { ms, error: (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200) };
  }
  return { ms };
}

/** Nearest-rank percentile. */
export function percentile(ms: number[], p: number): number {
  if (ms.length === 0) return NaN;
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** fetch and read the whole body; checks the status and, for arrays, the length. */
export async function call(url: string, init: RequestInit, expect: { status: number; length?: number }): Promise<void> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== expect.status) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  if (expect.length !== undefined) {
    const body = JSON.parse(text) as unknown;
    if (!Array.isArray(body) || body.length !== expect.length) throw new Error(`${url} returned ${Array.isArray(body) ? body.length : 'no'} records, expected ${expect.length}`);
  }
}
