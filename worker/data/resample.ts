/** Date buckets of pandas resample rules: D, W (weeks ending Sunday), MS/M, QS/Q, YS/Y (A). */

/** The start (ms, UTC) of the bucket holding `t`, `ahead` buckets later; `label` gives pandas' label instead (M, Q, Y, W label the bucket's last day). */
export function bucketStart(t: number, rule: string, ahead = 0, label = false): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = Date.UTC(y, m, d.getUTCDate());
  const endLabel = (next: number): number => (label ? next - 86_400_000 : t);
  switch (rule) {
    case 'D':
      return day + ahead * 86_400_000;
    case 'W': {
      // weeks end on Sunday: the bucket runs Monday..Sunday and is labelled by its Sunday
      const monday = day - ((d.getUTCDay() + 6) % 7) * 86_400_000 + ahead * 7 * 86_400_000;
      return label ? monday + 6 * 86_400_000 : monday;
    }
    case 'MS':
      return Date.UTC(y, m + ahead, 1);
    case 'M':
    case 'ME': {
      const start = Date.UTC(y, m + ahead, 1);
      return label ? endLabel(Date.UTC(y, m + ahead + 1, 1)) : start;
    }
    case 'QS':
      return Date.UTC(y, m - (m % 3) + 3 * ahead, 1);
    case 'Q':
    case 'QE': {
      const start = Date.UTC(y, m - (m % 3) + 3 * ahead, 1);
      return label ? endLabel(Date.UTC(y, m - (m % 3) + 3 * ahead + 3, 1)) : start;
    }
    case 'YS':
    case 'AS':
      return Date.UTC(y + ahead, 0, 1);
    case 'Y':
    case 'YE':
    case 'A': {
      const start = Date.UTC(y + ahead, 0, 1);
      return label ? endLabel(Date.UTC(y + ahead + 1, 0, 1)) : start;
    }
    default:
      throw new Error(`resample: unknown rule ${JSON.stringify(rule)} (use D, W, MS, M, QS, Q, YS or Y)`);
  }
}
