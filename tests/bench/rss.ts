/** This process's resident set size at `start()` and its peak, sampled every 100 ms between `start()` and `stop()` (and once at each). */
export function rssSampler() {
  let peak = 0;
  let atStart = 0;
  let timer: NodeJS.Timeout | undefined;
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  return {
    start() {
      atStart = process.memoryUsage.rss();
      sample();
      timer ??= setInterval(sample, 100);
      timer.unref();
    },
    stop() {
      if (timer) sample();
      clearInterval(timer);
      timer = undefined;
    },
    startMb: () => Math.round(atStart / 1e6),
    peakMb: () => Math.round(Math.max(peak, process.memoryUsage.rss()) / 1e6),
  };
}
