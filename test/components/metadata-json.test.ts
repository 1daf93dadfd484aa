import { expect, test } from 'vitest';
import { parseMetadata } from '../../src/components/metadata-json.ts';

test('a JSON object is accepted as it is, unknown keys included', () => {
  const text = '{"kernelspec": {"name": "quire", "display_name": "TypeScript (Quire)"}, "mine": [1, {"a": null}]}';
  expect(parseMetadata(text)).toEqual({ ok: true, value: JSON.parse(text) });
  expect(parseMetadata('{}')).toEqual({ ok: true, value: {} });
});

test('broken JSON, a non-object or an incomplete kernelspec is refused with a message', () => {
  const broken = parseMetadata('{"a": 1,}');
  expect(broken.ok).toBe(false);
  expect(!broken.ok && broken.message).toMatch(/^Not valid JSON: /);
  for (const text of ['[]', 'null', '3', '"x"']) expect(parseMetadata(text)).toEqual({ ok: false, message: expect.stringMatching(/JSON object/) });
  expect(parseMetadata('{"kernelspec": {"name": "x"}}')).toEqual({ ok: false, message: expect.stringMatching(/display_name/) });
  expect(parseMetadata('{"language_info": {}}')).toEqual({ ok: false, message: expect.stringMatching(/language_info/) });
});
