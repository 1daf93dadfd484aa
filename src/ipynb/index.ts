/** The .ipynb format boundary: read nbformat 3 and 4.0–4.5 into the model, write nbformat 4.5. */
export { NotebookFormatError } from './errors.ts';
export { fromIpynb, fromIpynbJson, type ImportResult } from './from-ipynb.ts';
export type { IpynbInput } from './parse-json.ts';
export { toIpynb, toStoredIpynb, type IpynbNotebook } from './to-ipynb.ts';
export { serializeIpynb } from './serialize-ipynb.ts';
export { fromPercentScript, toPercentScript } from './percent-script.ts';
