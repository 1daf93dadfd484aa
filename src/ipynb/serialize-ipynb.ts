/** The model as the text of a .ipynb file. */
import type { Notebook } from '../model/types.ts';
import { serializeJson } from './serialize-json.ts';
import { toIpynb } from './to-ipynb.ts';

/** The notebook as the text of a .ipynb file, formatted as Jupyter saves it. */
export function serializeIpynb(nb: Notebook): string {
  return serializeJson(toIpynb(nb));
}
