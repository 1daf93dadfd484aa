import { describe, expect, it } from 'vitest';
import { nextLocation } from '../../server/next-location.ts';

describe('nextLocation', () => {
  it('keeps a relative path inside the app with its query and fragment', () => {
    expect(nextLocation('./')).toBe('./');
    expect(nextLocation('./#/notebook/abc')).toBe('./#/notebook/abc');
    expect(nextLocation('./index.html?x=1#top')).toBe('./index.html?x=1#top');
  });

  it('refuses anything that is not ./… or hides a separator', () => {
    for (const next of [null, '', 'https://evil.example/', '//evil.example', '/abs', 'javascript:alert(1)', '#/x', './\\evil', './a\nb', './\u0000']) {
      expect(nextLocation(next), String(next)).toBeNull();
    }
  });

  it('clamps climbing and collapses slashes so the result stays a path of this origin', () => {
    expect(nextLocation('./../../../x')).toBe('./x');
    expect(nextLocation('.//evil.example/')).toBe('./evil.example/');
    expect(nextLocation('./%2F%2Fevil.example')).toBe('./%2F%2Fevil.example');
  });
});
