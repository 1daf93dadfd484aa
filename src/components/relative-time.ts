/** "2 minutes ago" for Jupyter's "Last Checkpoint", with one formatter made on first use (not before the file list paints). */

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** The largest whole unit in `elapsedMs`, or null under a minute ("just now"). */
export function ageOf(elapsedMs: number): { value: number; unit: Intl.RelativeTimeFormatUnit } | null {
  const seconds = Math.max(0, elapsedMs) / 1000;
  for (const [unit, size] of UNITS) if (seconds >= size) return { value: Math.floor(seconds / size), unit };
  return null;
}

let formatter: Intl.RelativeTimeFormat | undefined;

/** How long ago `time` was at `now`, in words: "just now", "2 minutes ago", "yesterday". */
export function timeAgo(time: number, now: number): string {
  const age = ageOf(now - time);
  if (!age) return 'just now';
  formatter ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  return formatter.format(-age.value, age.unit);
}
