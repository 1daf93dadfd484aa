import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../server/rate-limit.ts';

describe('FailureLimiter', () => {
  const setup = () => {
    let now = 1_000_000;
    const limiter = new FailureLimiter({ freeFailures: 5, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000, maxClients: 3 }, () => now);
    return { limiter, advance: (ms: number) => (now += ms) };
  };

  it('lets 4 failures pass freely, then waits 1 s, 2 s, 4 s, capped at the maximum', () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 4; i++) {
      limiter.fail('a');
      expect(limiter.retryAfterMs('a')).toBe(0);
    }
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      limiter.fail('a');
      const wait = limiter.retryAfterMs('a');
      waits.push(wait);
      advance(wait);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('keeps clients apart and forgets a client after success', () => {
    const { limiter } = setup();
    for (let i = 0; i < 5; i++) limiter.fail('a');
    expect(limiter.retryAfterMs('a')).toBeGreaterThan(0);
    expect(limiter.retryAfterMs('b')).toBe(0);
    limiter.succeed('a');
    expect(limiter.retryAfterMs('a')).toBe(0);
  });

  it('forgets old failures', () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 4; i++) limiter.fail('a');
    advance(60_001);
    limiter.fail('a');
    expect(limiter.retryAfterMs('a')).toBe(0);
  });

  it('remembers at most maxClients, dropping the oldest', () => {
    const { limiter } = setup();
    for (let i = 0; i < 5; i++) limiter.fail('first');
    for (const c of ['b', 'c', 'd']) limiter.fail(c);
    expect(limiter.retryAfterMs('first')).toBe(0);
  });
});
