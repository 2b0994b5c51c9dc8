/** Median milliseconds of `runs` timed calls, after one warm-up, so one slow garbage collection doesn't decide. */
export function medianMs(runs: number, work: () => unknown): number {
  work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function row(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`);
}
