// One line of `npm run bench` output. Each area of the project contributes a module under
// scripts/bench/ exporting `run(): Promise<Metric[]>`; scripts/bench.ts prints them as JSON lines.
export interface Metric {
  metric: string;
  value: number;
  unit: string;
  /** Target the issue set, for the reader; the bench never fails on it. */
  target?: number;
  [extra: string]: unknown;
}
