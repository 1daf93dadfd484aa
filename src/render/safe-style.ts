/** Guard for inline `style` attributes of untrusted HTML. */

// Declarations that load resources (beacons), run script in old engines, or escape the output
// box (UI redress). Checked after undoing CSS escapes and comments, so `pos\69tion` and
// `u/**/rl(` are caught too.
const DANGEROUS = /url\(|image-set\(|image\(|element\(|src\(|@import|expression\(|behavior:|binding:|position:(fixed|sticky)|javascript:/;

function decodeCss(value: string): string {
  return value
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/\\(.)/g, '$1');
}

/** True when an inline style can neither fetch, run code, nor pin itself over the page. */
export function isSafeStyle(value: string): boolean {
  const flat = decodeCss(value).toLowerCase().replace(/[\s\u0000]+/g, '');
  return !DANGEROUS.test(flat);
}
