/** Index and column labels: their type and how pandas prints them. */

/** One row or column label: a position, a name or a (UTC) date. */
export type Label = number | string | Date;

const DAY_MS = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD`, with the time (`HH:MM:SS`, `.mmm` if `millis`) unless `dateOnly`; "NaT" for an invalid date. */
function formatDate(date: Date, dateOnly: boolean, millis = false): string {
  const t = date.getTime();
  if (Number.isNaN(t)) return 'NaT';
  const year = date.getUTCFullYear();
  const yearText = year < 0 ? `-${pad(-year, 6)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4);
  const day = `${yearText}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
  if (dateOnly) return day;
  const time = `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`;
  return `${day} ${time}${millis ? `.${pad(date.getUTCMilliseconds(), 3)}` : ''}`;
}

/**
 * Formats dates the way a pandas DatetimeIndex prints: dates only when every one is at
 * midnight UTC, otherwise with the time, and milliseconds only when some date has them.
 */
export function formatDates(dates: readonly Date[]): string[] {
  const times = dates.map((d) => d.getTime()).filter((t) => !Number.isNaN(t));
  const dateOnly = times.every((t) => ((t % DAY_MS) + DAY_MS) % DAY_MS === 0);
  const millis = times.some((t) => ((t % 1000) + 1000) % 1000 !== 0);
  return dates.map((d) => formatDate(d, dateOnly, millis));
}

/** True when every label is a Date (a date index). */
export function isDateLabels(labels: readonly Label[]): labels is readonly Date[] {
  return labels.length > 0 && labels.every((label) => label instanceof Date);
}

/** Label texts as pandas prints an index: a date index as one block, other labels one by one. */
export function formatLabels(labels: readonly Label[]): string[] {
  if (isDateLabels(labels)) return formatDates(labels);
  return labels.map((label) => (label instanceof Date ? formatDate(label, false) : String(label)));
}

/** The `freq` a dateRange index carries ("D", "h", …), if any. */
export function freqOf(labels: readonly Label[] | undefined): string | undefined {
  const freq: unknown = (labels as { freq?: unknown } | undefined)?.freq;
  return typeof freq === 'string' ? freq : undefined;
}

/** labels[start, end), keeping a dateRange index's `freq` (a contiguous slice is just as regular). */
export function sliceLabels(labels: readonly Label[], start: number, end: number): Label[] {
  const out = labels.slice(start, end);
  const freq = freqOf(labels);
  if (freq !== undefined) Object.defineProperty(out, 'freq', { value: freq, enumerable: false });
  return out;
}

/** The labels start, start + 1, …, start + n − 1 (pandas' default RangeIndex when start = 0). */
export function rangeLabels(n: number, start = 0): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(start + i);
  return out;
}
