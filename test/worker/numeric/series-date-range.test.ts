// Expected dates are calendar facts and pandas date_range results (anchored offsets roll forward).
import { afterEach, describe, expect, test } from 'vitest';
import { dateRange } from '../../../worker/numeric/date-range.ts';

const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString());
const day = (text: string): string => `${text}T00:00:00.000Z`;

describe('dateRange', () => {
  const tz = process.env['TZ'];
  afterEach(() => {
    if (tz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = tz;
  });

  test('daily from an ISO date, midnight UTC', () => {
    expect(iso(dateRange('2000-01-01', 3))).toEqual([day('2000-01-01'), day('2000-01-02'), day('2000-01-03')]);
  });

  test("the chapter's 1/1/2000 means January 1", () => {
    expect(iso(dateRange('1/1/2000', 1))).toEqual([day('2000-01-01')]);
  });

  test('across a month end and the 2000 leap day', () => {
    expect(iso(dateRange('2000-01-30', 3))).toEqual([day('2000-01-30'), day('2000-01-31'), day('2000-02-01')]);
    expect(iso(dateRange('2000-02-28', 3))).toEqual([day('2000-02-28'), day('2000-02-29'), day('2000-03-01')]);
  });

  test('1900 and 2100 have no February 29; a date that does not exist is refused', () => {
    expect(iso(dateRange('1900-02-28', 2))).toEqual([day('1900-02-28'), day('1900-03-01')]);
    expect(iso(dateRange('2100-02-28', 2))).toEqual([day('2100-02-28'), day('2100-03-01')]);
    expect(() => dateRange('2001-02-29', 1)).toThrow(/not a calendar date/);
  });

  test('1000 days from 2000-01-01 end on 2002-09-26 (pandas ts.index[-1])', () => {
    const dates = dateRange('2000-01-01', 1000);
    expect(dates).toHaveLength(1000);
    expect(dates[999]?.toISOString()).toBe(day('2002-09-26'));
  });

  test('the same dates whatever the local time zone', () => {
    process.env['TZ'] = 'America/New_York';
    const newYork = iso(dateRange('2000-03-25', 10));
    process.env['TZ'] = 'Asia/Kolkata';
    expect(iso(dateRange('2000-03-25', 10))).toEqual(newYork);
    expect(newYork[9]).toBe(day('2000-04-03'));
  });

  test('hourly across midnight, keeping the start time', () => {
    expect(iso(dateRange('2000-01-01 22:00', 3, 'H'))).toEqual([
      '2000-01-01T22:00:00.000Z',
      '2000-01-01T23:00:00.000Z',
      '2000-01-02T00:00:00.000Z',
    ]);
    expect(iso(dateRange('2000-01-01T00:00:00Z', 2, '90min'))).toEqual(['2000-01-01T00:00:00.000Z', '2000-01-01T01:30:00.000Z']);
  });

  test('weekly on Sundays by default; 2000-01-01 was a Saturday', () => {
    expect(iso(dateRange('2000-01-01', 3, 'W'))).toEqual([day('2000-01-02'), day('2000-01-09'), day('2000-01-16')]);
    expect(iso(dateRange('2000-01-03', 2, 'W-MON'))).toEqual([day('2000-01-03'), day('2000-01-10')]);
  });

  test('month ends (M / ME) roll forward and land on February 29 in 2000', () => {
    expect(iso(dateRange('2000-01-15', 4, 'M'))).toEqual([day('2000-01-31'), day('2000-02-29'), day('2000-03-31'), day('2000-04-30')]);
    expect(iso(dateRange('2000-01-31', 2, 'ME'))).toEqual([day('2000-01-31'), day('2000-02-29')]);
    expect(iso(dateRange('1999-11-30', 3, '2M'))).toEqual([day('1999-11-30'), day('2000-01-31'), day('2000-03-31')]);
  });

  test('month starts, year ends and year starts', () => {
    expect(iso(dateRange('2000-01-15', 2, 'MS'))).toEqual([day('2000-02-01'), day('2000-03-01')]);
    expect(iso(dateRange('2000-03-01', 1, 'MS'))).toEqual([day('2000-03-01')]);
    expect(iso(dateRange('2000-06-01', 2, 'Y'))).toEqual([day('2000-12-31'), day('2001-12-31')]);
    expect(iso(dateRange('2000-06-01', 2, 'YS'))).toEqual([day('2001-01-01'), day('2002-01-01')]);
  });

  test('business days skip weekends', () => {
    expect(iso(dateRange('2000-01-01', 6, 'B'))).toEqual(
      ['2000-01-03', '2000-01-04', '2000-01-05', '2000-01-06', '2000-01-07', '2000-01-10'].map(day),
    );
  });

  test("the result carries pandas' freqstr, not as an element", () => {
    expect(dateRange('2000-01-01', 2).freq).toBe('D');
    expect(dateRange('2000-01-01', 2, 'H').freq).toBe('h');
    expect(dateRange('2000-01-01', 2, '2H').freq).toBe('2h');
    expect(dateRange('2000-01-01', 2, 'M').freq).toBe('ME');
    expect(dateRange('2000-01-01', 2, 'W').freq).toBe('W-SUN');
    expect(dateRange('2000-01-01', 2, 'Y').freq).toBe('YE-DEC');
    expect(Object.keys(dateRange('2000-01-01', 2))).toEqual(['0', '1']);
  });

  test('bad arguments are refused with a message', () => {
    expect(() => dateRange('2000-01-01', 3, 'fortnight')).toThrow(/unknown frequency/);
    expect(() => dateRange('yesterday', 3)).toThrow(/cannot read the date/);
    expect(() => dateRange('2000-01-01', -1)).toThrow(/periods/);
    expect(dateRange(new Date(Date.UTC(2000, 0, 1)), 0)).toEqual([]);
  });
});
