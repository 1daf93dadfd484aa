/** Date texts pandas parses: ISO (`2000-01-31`, with a time), `2000/01/31`, and `Jan 31 2000` / `31 Jan 2000` forms. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMERIC = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z)?$/;
const MONTH_FIRST = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;
const DAY_FIRST = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/;

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function utc(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  if (month < 0 || month > 11 || day < 1 || day > 31 || h > 23 || m > 59 || s > 59) return NaN;
  const t = Date.UTC(year, month, day, h, m, s, ms);
  return new Date(t).getUTCDate() === day ? t : NaN;
}

/** Milliseconds since 1970 UTC of a date text, or NaN when it is not one of the known forms. */
export function parseDate(text: string): number {
  const s = text.trim();
  let m = NUMERIC.exec(s);
  if (m) {
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms);
  }
  m = MONTH_FIRST.exec(s);
  if (m) return utc(Number(m[3]), monthOf(m[1] as string), Number(m[2]));
  m = DAY_FIRST.exec(s);
  if (m) return utc(Number(m[3]), monthOf(m[2] as string), Number(m[1]));
  return NaN;
}
