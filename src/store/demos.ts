/** The demo notebooks shipped with Quire, seeded into an empty store on first start. */
import welcome from '../demos/welcome.ipynb?raw';
import bessel from '../demos/bessel-functions.ipynb?raw';

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
