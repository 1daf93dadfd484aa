// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isSafeStyle } from '../../src/render/safe-style.ts';
import { isRemoteUrl, isSafeImageSource, isSafeLink } from '../../src/render/safe-url.ts';
import { sanitizeHtml } from '../../src/render/sanitize.ts';

function clean(html: string, trusted = false): HTMLElement {
  const host = document.createElement('div');
  host.append(sanitizeHtml(html, { trusted }));
  return host;
}

describe('isSafeLink', () => {
  it.each(['https://example.org/a?b#c', 'http://x', 'mailto:a@b.c', '#frag', '/abs', './rel', 'rel/path', 'page.html?x=1', '//cdn.example.org/x'])(
    'allows %s',
    (href) => expect(isSafeLink(href)).toBe(true),
  );
  it.each([
    'javascript:void(0)',
    'JAVASCRIPT:x',
    ' \u0001javascript:x',
    'java\tscript:x',
    'java\nscript:x',
    'vbscript:x',
    'data:text/html,<script>',
    'file:///etc/passwd',
    'blob:https://a/b',
    'attachment:a.png',
  ])('refuses %j', (href) => expect(isSafeLink(href)).toBe(false));
});

describe('isSafeImageSource', () => {
  it('allows data:image of any kind (an <img> never runs script) and http(s)', () => {
    expect(isSafeImageSource('data:image/png;base64,AAAA')).toBe(true);
    expect(isSafeImageSource('data:image/svg+xml,%3Csvg%3E')).toBe(true);
    expect(isSafeImageSource('https://example.org/a.png')).toBe(true);
  });
  it('refuses other data: and script URLs', () => {
    expect(isSafeImageSource('data:text/html;base64,AAAA')).toBe(false);
    expect(isSafeImageSource('javascript:x')).toBe(false);
  });
});

describe('isRemoteUrl', () => {
  it.each(['https://a/b', 'HTTP://a', '//a/b', '/\\a/b', '\\\\a', ' \u0001https://a', 'ftp://a'])('%j is remote', (url) => expect(isRemoteUrl(url)).toBe(true));
  it.each(['a.png', './a.png', '/a.png', 'data:image/png;base64,AA', '#x'])('%j is not', (url) => expect(isRemoteUrl(url)).toBe(false));
});

describe('isSafeStyle', () => {
  it('keeps ordinary styling, including KaTeX-like positioning', () => {
    expect(isSafeStyle('color: red; background-color: #eee')).toBe(true);
    expect(isSafeStyle('height:1.2em;vertical-align:-0.25em;position:relative;top:-3.06em')).toBe(true);
  });
  it.each([
    'position: fixed; top: 0',
    'POSITION:FIXED',
    'pos\\69tion: fixed',
    'position:/**/fixed',
    'position: sticky',
    'background: url(https://xss.test/b/x)',
    'background: u\\72l(https://xss.test/b/x)',
    'background: image-set("a.png" 1x)',
    'width: expression(alert(1))',
    '-moz-binding: url(x)',
  ])('refuses %j', (style) => expect(isSafeStyle(style)).toBe(false));
});

describe('sanitizeHtml', () => {
  it('keeps safe markup and styling', () => {
    const host = clean('<table><tr><td style="color: red">1</td></tr></table><img src="data:image/png;base64,AAAA" alt="a">');
    expect(host.querySelector('td')?.getAttribute('style')).toBe('color: red');
    expect(host.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,AAAA');
  });

  it('loads remote images only for a trusted notebook, never other remote media', () => {
    const html = '<img src="https://example.org/a.png" alt="a"><img src="/\\example.org/b.png" alt="b"><video src="https://example.org/v.mp4"></video><img src="local.png" alt="c">';
    const untrusted = clean(html);
    const images = untrusted.querySelectorAll('img');
    expect(images[0]?.hasAttribute('src')).toBe(false);
    expect(images[0]?.classList.contains('q-blocked-image')).toBe(true);
    expect(images[1]?.hasAttribute('src')).toBe(false);
    expect(images[2]?.getAttribute('src')).toBe('local.png');
    expect(untrusted.querySelector('video')?.hasAttribute('src')).toBe(false);
    const trusted = clean(html, true);
    expect(trusted.querySelector('img')?.getAttribute('src')).toBe('https://example.org/a.png');
    expect(trusted.querySelector('video')?.hasAttribute('src')).toBe(false);
  });

  it('removes script, handlers and script URLs', () => {
    const host = clean('<script>x()</script><img src=x onerror="x()"><a href="jav&#x09;ascript:x()">l</a><svg><a xlink:href="javascript:x()"><text>t</text></a></svg>');
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(host.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(host.innerHTML).not.toMatch(/javascript/i);
  });

  it('drops global CSS, base, meta, forms and embedded documents', () => {
    const host = clean('<style>:root{--x:1}</style><base href="https://a/"><meta http-equiv="refresh" content="0"><form action="https://a"><button>b</button></form><iframe srcdoc="x"></iframe><object data="x"></object><embed src="x">');
    expect(host.querySelectorAll('style, base, meta, form, button, iframe, object, embed')).toHaveLength(0);
  });

  it('prefixes ids and names against DOM clobbering and rewrites in-page links to match', () => {
    const host = clean('<a id="katex" href="#katex">k</a><img name="Plotly" src="p.png">');
    expect(host.querySelector('a')?.id).toBe('user-content-katex');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('#user-content-katex');
    expect(host.querySelector('img')?.getAttribute('name')).toBe('user-content-Plotly');
  });

  it('strips overlay and fetching styles but keeps the element', () => {
    const host = clean('<div style="position:fixed;inset:0">a</div><div style="background:url(https://xss.test/b/1)">b</div>');
    const divs = [...host.querySelectorAll('div')];
    expect(divs.map((d) => d.textContent)).toEqual(['a', 'b']);
    expect(divs.every((d) => !d.hasAttribute('style'))).toBe(true);
  });

  it('makes external links open in a new tab without opener', () => {
    const link = clean('<a href="https://example.org" target="_self">e</a>').querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
