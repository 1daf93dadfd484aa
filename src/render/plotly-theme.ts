/**
 * Plots in the app's theme: colours read from the app's CSS variables at the plot, given to
 * plotly.js as a layout template (so a figure's own colours still win), and re-read when the
 * theme changes (`data-theme` on <html>, or the system's light/dark preference).
 */
import type { Template } from 'plotly.js-dist-min';

/** The app theme's colours (resolved CSS colours) and font at one element. */
export interface PlotTheme {
  text: string;
  muted: string;
  grid: string;
  font: string;
}

const CLEAR = 'rgba(0,0,0,0)';

/**
 * Resolves the theme's CSS variables at `at` (they are light-dark() pairs, so only a computed
 * colour tells which applies); undefined where nothing is styled (`at` not in a rendered document).
 */
export function readTheme(at: HTMLElement): PlotTheme | undefined {
  const probe = at.ownerDocument.createElement('span');
  probe.hidden = true;
  at.append(probe);
  const colour = (variable: string): string => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  probe.style.fontFamily = 'var(--q-font)';
  const theme = { text: colour('--q-fg'), muted: colour('--q-muted'), grid: colour('--q-border'), font: getComputedStyle(probe).fontFamily };
  probe.remove();
  const resolved = (value: string): boolean => value !== '' && !value.includes('var(');
  return resolved(theme.text) && resolved(theme.grid) ? theme : undefined;
}

/** A plotly template drawing on the page's own background with the theme's text, grid and font. */
export function themeTemplate(theme: PlotTheme): Template {
  const axis = { gridcolor: theme.grid, linecolor: theme.grid, zerolinecolor: theme.muted, tickcolor: theme.grid };
  return {
    layout: {
      paper_bgcolor: CLEAR,
      plot_bgcolor: CLEAR,
      font: { color: theme.text, ...(theme.font ? { family: theme.font } : {}) },
      xaxis: axis,
      yaxis: axis,
      legend: { bgcolor: CLEAR },
      modebar: { bgcolor: CLEAR, color: theme.muted, activecolor: theme.text },
    },
  };
}

/** Calls `onChange` whenever the app theme may have changed; returns a function that stops watching. */
export function watchTheme(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  // Optional call: DOMs without media queries (jsdom) still follow data-theme.
  const scheme = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    scheme?.removeEventListener('change', onChange);
  };
}
