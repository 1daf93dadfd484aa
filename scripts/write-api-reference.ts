/**
 * Writes src/components/api-reference-data.ts, the kernel API reference the Help dialog shows,
 * from the kernel's own docs (see scripts/api-reference/build-reference.ts). Run it after changing
 * a doc or a helper of the kernel: `npx tsx scripts/write-api-reference.ts`; a unit test fails
 * while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApiReference } from './api-reference/build-reference.ts';
import { referenceModule } from './api-reference/reference-module.ts';

const target = fileURLToPath(new URL('../src/components/api-reference-data.ts', import.meta.url));
writeFileSync(target, referenceModule(buildApiReference()));
console.log(`wrote ${target}`);
