/** KaTeX with the untrusted-input settings; its markup is sanitised later with the rest. */
import katex from 'katex';

/** Renders TeX to KaTeX markup; errors are shown in place, never thrown. */
export function texToHtml(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    // \href, \url, \includegraphics, \htmlClass/Id/Style/Data all refused.
    trust: false,
    strict: 'ignore',
    // Bounds macro-expansion bombs and absurd \rule/\kern sizes (a full-page box is an overlay).
    maxExpand: 1000,
    maxSize: 20,
    output: 'htmlAndMathml',
  });
}
