/** One line of the `npm run bench` table. */
export type BenchRow = { figure: string; value: number; unit: string; target?: string };
