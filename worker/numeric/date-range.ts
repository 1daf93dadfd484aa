/** `dateRange(start, periods, freq)`: evenly spaced UTC dates, as pandas' `date_range`. */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
// pandas 2.2 spells each alias this way in `freqstr` (and so in a Series repr's "Freq:").
const CANONICAL: Record<string, string> = {
  D: 'D', H: 'h', h: 'h', min: 'min', T: 'min', S: 's', s: 's', ms: 'ms', L: 'ms', B: 'B',
  M: 'ME', ME: 'ME', MS: 'MS', Y: 'YE-DEC', YE: 'YE-DEC', A: 'YE-DEC', YS: 'YS-JAN', AS: 'YS-JAN',
};

/** Dates from `dateRange`, carrying pandas' frequency string ("D", "h", "W-SUN", "ME", …) as `freq`. */
export type DateIndex = Date[] & { readonly freq?: string };

/** A pandas frequency alias with an optional multiple: "D", "2h", "W", "W-MON", "M", "MS", "Y", … */
export type Freq = string;

/** The step between dates, parsed from a frequency alias. */
type Step =
  | { kind: 'fixed'; ms: number }
  | { kind: 'business'; n: number }
  | { kind: 'week'; n: number; weekday: number }
  | { kind: 'monthEnd' | 'monthStart'; n: number }
  | { kind: 'yearEnd' | 'yearStart'; n: number };

/** pandas' `freqstr` for an alias: "2H" → "2h", "M" → "ME", "W" → "W-SUN". */
function freqName(freq: Freq): string {
  const [, n = '', unit = '', anchor] = /^(\d*)([A-Za-z]+)(?:-([A-Z]{3}))?$/.exec(freq.trim()) ?? [];
  const multiple = n === '' || n === '1' ? '' : n;
  return multiple + (unit === 'W' ? `W-${anchor ?? 'SUN'}` : (CANONICAL[unit] ?? unit));
}

function parseFreq(freq: Freq): Step {
  const match = /^(\d*)([A-Za-z]+)(?:-([A-Z]{3}))?$/.exec(freq.trim());
  if (!match) throw new Error(`dateRange: unknown frequency "${freq}"`);
  const n = match[1] ? Number(match[1]) : 1;
  const unit = match[2] ?? '';
  const anchor = match[3];
  if (n < 1) throw new Error(`dateRange: the multiple in "${freq}" must be at least 1`);
  if (unit === 'W') {
    const weekday = WEEKDAYS.indexOf((anchor ?? 'SUN') as (typeof WEEKDAYS)[number]);
    if (weekday < 0) throw new Error(`dateRange: unknown weekday in "${freq}"`);
    return { kind: 'week', n, weekday };
  }
  if (anchor !== undefined) throw new Error(`dateRange: unknown frequency "${freq}"`);
  switch (unit) {
    case 'D':
      return { kind: 'fixed', ms: n * DAY };
    case 'H':
    case 'h':
      return { kind: 'fixed', ms: n * HOUR };
    case 'min':
    case 'T':
      return { kind: 'fixed', ms: n * MINUTE };
    case 'S':
    case 's':
      return { kind: 'fixed', ms: n * SECOND };
    case 'ms':
    case 'L':
      return { kind: 'fixed', ms: n };
    case 'B':
      return { kind: 'business', n };
    case 'M':
    case 'ME':
      return { kind: 'monthEnd', n };
    case 'MS':
      return { kind: 'monthStart', n };
    case 'Y':
    case 'YE':
    case 'A':
      return { kind: 'yearEnd', n };
    case 'YS':
    case 'AS':
      return { kind: 'yearStart', n };
    default:
      throw new Error(`dateRange: unknown frequency "${freq}"`);
  }
}

/** Parses "2000-01-01", "2000-01-01 12:30[:45[.123]]" (also with "T" and a trailing "Z") or "1/31/2000" as UTC. */
function parseDate(input: string | Date | number): Date {
  if (input instanceof Date) return new Date(input.getTime());
  if (typeof input === 'number') return new Date(input);
  const text = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?Z?$/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6], (iso[7] ?? '').padEnd(3, '0')]
    : us
      ? [us[3], us[1], us[2]]
      : undefined;
  if (!parts) throw new Error(`dateRange: cannot read the date "${input}" (use "YYYY-MM-DD")`);
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0, millis = 0] = parts.map((p) =>
    Number(p ?? 0),
  );
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, millis);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 59) {
    throw new Error(`dateRange: "${input}" is not a calendar date`);
  }
  return date;
}

function timeOfDay(t: number): number {
  return ((t % DAY) + DAY) % DAY;
}

/** Milliseconds of `year`-`month`-`day` (UTC; months and days may overflow, day 0 = last day of the month before) plus `time`. */
function monthDate(year: number, month: number, day: number, time: number): number {
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month, day);
  return midnight.getTime() + time;
}

/** Dates for a calendar step, the first one rolled forward onto the step's anchor as pandas does. */
function calendarDates(start: Date, periods: number, step: Exclude<Step, { kind: 'fixed' }>): number[] {
  const t0 = start.getTime();
  const time = timeOfDay(t0);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const day = start.getUTCDate();
  const out: number[] = [];
  switch (step.kind) {
    case 'business': {
      let t = t0;
      while ([0, 6].includes(new Date(t).getUTCDay())) t += DAY;
      for (let i = 0; i < periods; i++) {
        out.push(t);
        for (let k = 0; k < step.n; k++) {
          t += DAY;
          while ([0, 6].includes(new Date(t).getUTCDay())) t += DAY;
        }
      }
      return out;
    }
    case 'week': {
      const first = t0 + ((step.weekday - start.getUTCDay() + 7) % 7) * DAY;
      for (let i = 0; i < periods; i++) out.push(first + i * step.n * 7 * DAY);
      return out;
    }
    case 'monthEnd': {
      // The end of start's own month is on or after start, whatever its day.
      for (let i = 0; i < periods; i++) out.push(monthDate(year, month + i * step.n + 1, 0, time));
      return out;
    }
    case 'monthStart': {
      const m0 = day === 1 ? month : month + 1;
      for (let i = 0; i < periods; i++) out.push(monthDate(year, m0 + i * step.n, 1, time));
      return out;
    }
    case 'yearEnd': {
      for (let i = 0; i < periods; i++) out.push(monthDate(year + i * step.n, 12, 0, time));
      return out;
    }
    case 'yearStart': {
      const y0 = month === 0 && day === 1 ? year : year + 1;
      for (let i = 0; i < periods; i++) out.push(monthDate(y0 + i * step.n, 0, 1, time));
      return out;
    }
    default: {
      const unknown: never = step;
      throw new Error(`dateRange: unhandled step ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * `periods` dates from `start` every `freq` (default "D"), in UTC, as pandas'
 * `date_range(start, periods=…, freq=…)`. Anchored frequencies (W, B, M, MS, Y, YS) start at
 * the first anchor on or after `start`; the time of day of `start` is kept. The array's
 * non-enumerable `freq` is pandas' frequency string, shown as "Freq:" in a Series repr.
 */
export function dateRange(start: string | Date | number, periods: number, freq: Freq = 'D'): DateIndex {
  if (!Number.isInteger(periods) || periods < 0) {
    throw new Error(`dateRange: periods must be a non-negative integer, got ${periods}`);
  }
  const first = parseDate(start);
  if (Number.isNaN(first.getTime())) throw new Error('dateRange: start is an invalid date');
  const step = parseFreq(freq);
  const times =
    step.kind === 'fixed'
      ? Array.from({ length: periods }, (_, i) => first.getTime() + i * step.ms)
      : calendarDates(first, periods, step);
  const dates = times.map((t) => new Date(t));
  Object.defineProperty(dates, 'freq', { value: freqName(freq), enumerable: false });
  return dates;
}
