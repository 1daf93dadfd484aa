/** ANSI SGR colours to DOM spans (text is only ever set as text, never parsed as HTML). */
import Anser from 'anser';

const NAMED = /^ansi-(bright-)?(black|red|green|yellow|blue|magenta|cyan|white)$/;

// xterm's 256-colour palette beyond the 16 named colours: a 6×6×6 cube, then 24 greys.
function paletteColour(index: number): string | undefined {
  if (index >= 16 && index < 232) {
    const level = (n: number): number => (n === 0 ? 0 : 55 + n * 40);
    const i = index - 16;
    return `rgb(${level(Math.floor(i / 36))}, ${level(Math.floor(i / 6) % 6)}, ${level(i % 6)})`;
  }
  if (index >= 232 && index < 256) {
    const grey = 8 + (index - 232) * 10;
    return `rgb(${grey}, ${grey}, ${grey})`;
  }
  return undefined;
}

const BASIC = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

function applyColour(span: HTMLElement, kind: 'fg' | 'bg', name: string | null, truecolor: string | null): void {
  if (!name) return;
  const named = NAMED.exec(name);
  if (named) {
    span.classList.add(`${name}-${kind}`);
    return;
  }
  const property = kind === 'fg' ? 'color' : 'backgroundColor';
  if (name === 'ansi-truecolor' && truecolor && /^\d{1,3}, \d{1,3}, \d{1,3}$/.test(truecolor)) {
    span.style[property] = `rgb(${truecolor})`;
    return;
  }
  const palette = /^ansi-palette-(\d+)$/.exec(name);
  if (!palette) return;
  const index = Number(palette[1]);
  if (index < 16) {
    const basic = BASIC[index % 8];
    if (basic) span.classList.add(`ansi-${index >= 8 ? 'bright-' : ''}${basic}-${kind}`);
    return;
  }
  const colour = paletteColour(index);
  if (colour) span.style[property] = colour;
}

/** Appends `text` to `host`, turning ANSI colour/decoration codes into classed spans. */
export function appendAnsi(host: HTMLElement, text: string): void {
  const doc = host.ownerDocument;
  for (const chunk of Anser.ansiToJson(text, { use_classes: true, remove_empty: true })) {
    const plain = !chunk.fg && !chunk.bg && chunk.decorations.length === 0;
    if (plain) {
      host.append(doc.createTextNode(chunk.content));
      continue;
    }
    const span = doc.createElement('span');
    span.textContent = chunk.content;
    applyColour(span, 'fg', chunk.fg, chunk.fg_truecolor);
    applyColour(span, 'bg', chunk.bg, chunk.bg_truecolor);
    for (const decoration of chunk.decorations) span.classList.add(`ansi-${decoration}`);
    host.append(span);
  }
}
