import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildApiReference, FUNCTIONS_TITLE, OUTPUT_TITLE, sectionsOf } from '../../scripts/api-reference/build-reference.ts';
import { referenceModule } from '../../scripts/api-reference/reference-module.ts';
import { API_REFERENCE } from '../../src/components/api-reference-data.ts';
import { kernelDocs as numericDocs } from '../../worker/runtime/numeric-globals.ts';

describe('the generated kernel API reference', () => {
  it('is up to date with the kernel (else run: npm run build:api)', () => {
    const committed = readFileSync(new URL('../../src/components/api-reference-data.ts', import.meta.url), 'utf8');
    expect(committed).toBe(referenceModule(buildApiReference()));
  }, 60_000);

  it('holds every name of the docs table inspect answers from, with its signature and doc', () => {
    const entries = new Map(API_REFERENCE.sections.flatMap((s) => s.entries).map((e) => [e.name, e]));
    const intros = new Map(API_REFERENCE.sections.map((s) => [s.title, s.intro]));
    for (const [name, { signature, doc }] of Object.entries(numericDocs)) {
      const entry = entries.get(name);
      if (entry) expect(entry).toEqual({ name, signature, doc });
      else expect(intros.get(name), name).toBe(doc);
    }
    expect(entries.get('special.jv')?.doc).toBe('Bessel function of the first kind of real order v, J_v(x).');
  });

  it('lists the session helpers with a signature and a one-line doc each, and names the module', () => {
    const output = API_REFERENCE.sections.find((s) => s.title === OUTPUT_TITLE);
    const names = output?.entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['display', 'updateDisplay', 'clearOutput', 'html', 'md', 'svg']));
    for (const entry of output?.entries ?? []) {
      expect(entry.signature.startsWith(entry.name) || entry.signature.startsWith(`new ${entry.name}(`), entry.name).toBe(true);
      expect(entry.doc, entry.name).toMatch(/^\S.*\S$/);
      expect(entry.doc).not.toContain('\n');
    }
    expect(output?.entries.find((e) => e.name === 'display')?.signature).toBe('display(value: unknown, opts?: DisplayOptions): void');
    expect(API_REFERENCE.module).toBe('quire');
  });
});

describe('sectionsOf', () => {
  const d = (signature: string, doc: string) => ({ signature, doc });

  it('groups a.b under a, takes an object’s own entry as intro and a class’s as its first entry, the rest as Functions', () => {
    const sections = sectionsOf({
      obj: d('obj.{f}', 'An object.'),
      'obj.f': d('obj.f(x)', 'F.'),
      top: d('top()', 'Top.'),
      Klass: d('new Klass(a)', 'A class.'),
      'Klass.m': d('k.m()', 'M.'),
    });
    expect(sections).toEqual([
      { title: 'obj', intro: 'An object.', entries: [{ name: 'obj.f', signature: 'obj.f(x)', doc: 'F.' }] },
      { title: FUNCTIONS_TITLE, intro: '', entries: [{ name: 'top', signature: 'top()', doc: 'Top.' }] },
      {
        title: 'Klass',
        intro: '',
        entries: [
          { name: 'Klass', signature: 'new Klass(a)', doc: 'A class.' },
          { name: 'Klass.m', signature: 'k.m()', doc: 'M.' },
        ],
      },
    ]);
  });
});
