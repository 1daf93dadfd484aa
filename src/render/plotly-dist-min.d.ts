/** The slice of plotly.js's API the figure renderer uses (the package ships no types). */
declare module 'plotly.js-dist-min' {
  /** A plotly figure as the MIME bundle carries it. */
  export interface PlotlyFigure {
    data?: unknown[];
    layout?: Record<string, unknown>;
    frames?: unknown[];
  }
  /** The plotly.js functions Quire calls. */
  export interface PlotlyApi {
    newPlot(root: HTMLElement, data: unknown[], layout?: Record<string, unknown>, config?: Record<string, unknown>): Promise<HTMLElement>;
    toImage(figure: PlotlyFigure, options: { format: 'png' | 'svg' | 'jpeg' | 'webp'; width?: number; height?: number }): Promise<string>;
    purge(root: HTMLElement): void;
  }
  const Plotly: PlotlyApi;
  export default Plotly;
}
