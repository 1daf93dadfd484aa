/** The demo notebooks shipped with Quire, seeded into an empty store on first start. */
import welcome from '../demos/welcome.ipynb?raw';
import bessel from '../demos/bessel-functions.ipynb?raw';
import { estimateJsonSize, newId, type NotebookContent, type SeedNotebook } from '../storage/index.ts';

/** One shipped demo: its file name, a stable key, a version, and the .ipynb text. */
export interface Demo {
  name: string;
  key: string;
  version: number;
  text: string;
}

/** Every demo, in the order the file list shows them on first start. */
export const DEMOS: readonly Demo[] = [
  { name: 'Welcome to Quire.ipynb', key: 'welcome', version: 1, text: welcome },
  { name: 'Bessel functions.ipynb', key: 'bessel-functions', version: 1, text: bessel },
];

/**
 * The demos as notebooks to seed, each under a new id. The shipped files are nbformat 4.5 exactly
 * as `toIpynb` writes it (test/store/demos.test.ts proves it), so their JSON is stored as is,
 * without the fromIpynb → toIpynb round trip.
 */
export function demoSeeds(): SeedNotebook[] {
  return DEMOS.map((demo) => {
    const content = JSON.parse(demo.text) as NotebookContent;
    return { id: newId(), name: demo.name, content, size: estimateJsonSize(content), demo: { key: demo.key, version: demo.version, edited: false } };
  });
}
