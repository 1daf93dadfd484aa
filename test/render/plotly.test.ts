import { describe, expect, it } from 'vitest';
import { toFigure } from '../../src/render/mime-plotly.ts';

describe('toFigure', () => {
  const figure = {
    data: [{ type: 'scatter', x: [1, 2], y: { dtype: 'f8', bdata: 'AAAAAAAA8D8AAAAAAAAAQA==' } }],
    layout: {
      title: { text: 'walks' },
      images: [{ source: 'https://xss.test/b/plotly-image' }, { source: 'data:image/png;base64,AAAA' }],
    },
  };

  it('keeps data and layout of a trusted figure', () => {
    expect(toFigure(figure, true)).toEqual({ data: figure.data, layout: figure.layout });
  });

  it('drops layout images fetched by URL from an untrusted figure', () => {
    expect(toFigure(figure, false).layout?.['images']).toEqual([{ source: 'data:image/png;base64,AAAA' }]);
  });

  it('turns junk into an empty figure', () => {
    expect(toFigure('nope', false)).toEqual({ data: [], layout: {} });
  });
});
