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

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/**
 * Times each side `runs` times, taking turns (a, b, a, b …) after a warm-up of each, so a busy machine
 * slows both sides of a ratio alike. Milliseconds per call of each side.
 */
export function interleaved(runs: number, sides: ReadonlyArray<() => unknown>): Spread[] {
  sides.forEach((side) => side());
  const times = sides.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    sides.forEach((side, index) => {
      const start = performance.now();
      side();
      times[index]!.push(performance.now() - start);
    });
  }
  return times.map(spread);
}

/** The median, fastest and slowest of a list of times. */
export function spread(times: readonly number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
}

/** "12.3 (10.1-15.0)": a median with its min and max, in the given unit after scaling. */
export function spreadText({ median, min, max }: Spread, scale = 1, digits = 1, unit = 'ms'): string {
  const at = (value: number) => (value * scale).toFixed(digits);
  return `${at(median)} ${unit} (${at(min)}-${at(max)})`;
}
