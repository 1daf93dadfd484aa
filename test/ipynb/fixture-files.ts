/** Test helper: the fixture notebooks, their manifest, and the nbformat 4.5 schema validator. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** One entry of test/fixtures/ipynb/MANIFEST.json. */
export interface ManifestEntry {
  file: string;
  nbformat: string;
  valid: boolean;
  cells: number;
  validation_error?: string;
}

/** The fixture text at `path` under test/fixtures. */
export function fixtureText(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

/** The .ipynb files present in test/fixtures/ipynb. */
export function ipynbFiles(): string[] {
  return readdirSync(`${FIXTURES}ipynb`).filter((name) => name.endsWith('.ipynb'));
}

/** The ipynb fixtures as MANIFEST.json lists them. */
export function manifest(): ManifestEntry[] {
  return JSON.parse(fixtureText('ipynb/MANIFEST.json')) as ManifestEntry[];
}

// The nbformat schemas declare draft-04, which plain Ajv 8 no longer reads; ajv-draft-04 does.
// The official schema misspells one `items` as `item`; Python's jsonschema ignores unknown
// keywords, so Ajv must too (strictSchema off), or it refuses to compile the schema.
const ajv = new Ajv({ allErrors: true, strictSchema: false });
const validateV45 = ajv.compile(JSON.parse(fixtureText('schema/nbformat.v4.5.schema.json')) as object);

/** Schema errors of `notebook` against nbformat.v4.5.schema.json, as readable lines ([] when valid). */
export function schemaErrors(notebook: unknown): string[] {
  if (validateV45(notebook)) return [];
  return (validateV45.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
