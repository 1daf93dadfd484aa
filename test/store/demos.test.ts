/** The shipped demos are stored without a parse/serialise round trip: that is only sound if the files are already what it would write. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromIpynb, serializeIpynb, toIpynb } from '../../src/ipynb/index.ts';
import { DEMOS, demoSeeds } from '../../src/store/demos.ts';

const demoDir = new URL('../../src/demos/', import.meta.url);
const files = readdirSync(demoDir).filter((name) => name.endsWith('.ipynb'));

describe('src/demos/*.ipynb', () => {
  it('are all shipped', () => {
    expect(DEMOS.map((demo) => demo.text).sort()).toEqual(files.map((file) => readFileSync(new URL(file, demoDir), 'utf8')).sort());
  });

  it.each(files)('%s is nbformat 4.5 exactly as toIpynb writes it, with nothing repaired', (file) => {
    const text = readFileSync(new URL(file, demoDir), 'utf8');
    const { notebook, notices } = fromIpynb(text);
    expect(notices).toEqual([]);
    expect(toIpynb(notebook)).toStrictEqual(JSON.parse(text));
    expect(serializeIpynb(notebook)).toBe(text);
  });
});

describe('demoSeeds', () => {
  it('stores each demo file JSON as is, under a fresh id, with its demo marker', () => {
    const seeds = demoSeeds();
    expect(seeds.map((seed) => seed.content)).toStrictEqual(DEMOS.map((demo) => JSON.parse(demo.text)));
    expect(seeds.map((seed) => seed.demo)).toEqual(DEMOS.map((demo) => ({ key: demo.key, version: demo.version, edited: false })));
    expect(new Set([...seeds, ...demoSeeds()].map((seed) => seed.id)).size).toBe(2 * DEMOS.length);
  });
});
