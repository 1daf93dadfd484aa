import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStorage, deleteStorage, type NotebookStorage } from '../../src/storage/index.ts';
import { Workspace } from '../../src/store/workspace.svelte.ts';
import { importFromLink, makeShareLink, decodeSharedNotebook, MAX_LINK_LENGTH } from '../../src/store/open-link.ts';
import { parseRoute, routeHash } from '../../src/store/route.svelte.ts';

const FIXTURE = 'test/fixtures/ipynb/jupyterlab-galata__simple_test.ipynb';
const fixtureText = readFileSync(FIXTURE, 'utf8');
const fixtureSources = (JSON.parse(fixtureText) as { cells: { source: string | string[] }[] }).cells.map((c) =>
  Array.isArray(c.source) ? c.source.join('') : c.source,
);

/** A share fragment made by Node's zlib, independently of the code under test. */
function nodeFragment(text: string): string {
  return deflateRawSync(Buffer.from(text)).toString('base64url');
}

let storage: NotebookStorage;
let workspace: Workspace;
let dbName: string;

beforeEach(async () => {
  dbName = `open-link-${randomBytes(4).toString('hex')}`;
  storage = await openStorage({ name: dbName });
  workspace = new Workspace({
    storage,
    createKernel: () => {
      throw new Error('no kernel in this test');
    },
  });
});

afterEach(async () => {
  storage.close();
  await deleteStorage(dbName);
});

async function sourcesOf(id: string): Promise<string[]> {
  const stored = await storage.get(id);
  return (stored?.content.cells as { source: string | string[] }[]).map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source));
}

describe('routes', () => {
  test('#/open?url= and #/open?nb=&name= parse into links and print back', () => {
    const url = 'https://example.org/a b/Demo.ipynb?x=1&y=2';
    const byUrl = parseRoute(`#/open?url=${encodeURIComponent(url)}`);
    expect(byUrl).toEqual({ page: 'open', link: { kind: 'url', url } });
    expect(parseRoute(routeHash(byUrl))).toEqual(byUrl);
    const byData = parseRoute('#/open?nb=abc-_12&name=My%20notes.ipynb');
    expect(byData).toEqual({ page: 'open', link: { kind: 'fragment', data: 'abc-_12', name: 'My notes.ipynb' } });
    expect(parseRoute(routeHash(byData))).toEqual(byData);
    expect(parseRoute('#/open?')).toEqual({ page: 'files' });
    expect(parseRoute('#/notebooks/x%2Fy')).toEqual({ page: 'notebook', id: 'x/y' });
  });
});

describe('share links', () => {
  test('a share link carries the notebook as deflate-raw JSON in base64url, readable by zlib', () => {
    const link = makeShareLink('https://host.example/quire/?a=1#/notebooks/1', 'Simple.ipynb', fixtureText);
    if (!link.ok) throw new Error(link.reason);
    expect(link.url.startsWith('https://host.example/quire/?a=1#/open?')).toBe(true);
    const route = parseRoute(new URL(link.url).hash);
    if (route.page !== 'open' || route.link.kind !== 'fragment') throw new Error('not a fragment link');
    expect(route.link.name).toBe('Simple.ipynb');
    const json = inflateRawSync(Buffer.from(route.link.data, 'base64url')).toString('utf8');
    expect(JSON.parse(json)).toEqual(JSON.parse(fixtureText));
    expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });

  test('a notebook whose link would pass 32 KB is refused with the reason', () => {
    const big = JSON.parse(fixtureText) as { cells: { source: string }[] };
    // Random text does not compress: about 40 KB of base64 stays about 40 KB.
    big.cells.push({ cell_type: 'markdown', metadata: {}, source: randomBytes(30_000).toString('base64') } as never);
    const link = makeShareLink('https://host.example/', 'Big.ipynb', JSON.stringify(big));
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.reason).toMatch(/Big\.ipynb is too big to share as a link.*32 KB/);
  });

  test('a fragment made by zlib decodes to the same bytes; a damaged one gives a readable error', () => {
    expect(Buffer.from(decodeSharedNotebook(nodeFragment(fixtureText))).toString('utf8')).toBe(fixtureText);
    expect(() => decodeSharedNotebook('not-deflate')).toThrow(/does not carry a readable notebook/);
  });
});

describe('importing', () => {
  test('a fragment link imports the notebook under its name and returns its id', async () => {
    const id = await importFromLink({ kind: 'fragment', data: nodeFragment(fixtureText), name: 'From link' }, workspace);
    expect(workspace.notebooks.find((n) => n.id === id)?.name).toBe('From link.ipynb');
    expect(await sourcesOf(id)).toEqual(fixtureSources);
  });

  test('a URL link fetches the file and names it after the last path segment', async () => {
    const seen: string[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      seen.push(String(input));
      return new Response(fixtureText, { status: 200 });
    }) as typeof fetch;
    const id = await importFromLink({ kind: 'url', url: 'https://example.org/nbs/Simple%20test.ipynb' }, workspace, fakeFetch);
    expect(seen).toEqual(['https://example.org/nbs/Simple%20test.ipynb']);
    expect(workspace.notebooks.find((n) => n.id === id)?.name).toBe('Simple test.ipynb');
    expect(await sourcesOf(id)).toEqual(fixtureSources);
  });

  test('failures say what went wrong: HTTP status, network, scheme, invalid notebook', async () => {
    const status = (async () => new Response('nope', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    await expect(importFromLink({ kind: 'url', url: 'https://example.org/x.ipynb' }, workspace, status)).rejects.toThrow(/answered 404 Not Found/);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(importFromLink({ kind: 'url', url: 'https://example.org/x.ipynb' }, workspace, offline)).rejects.toThrow(/Failed to fetch.*online.*CORS/);
    await expect(importFromLink({ kind: 'url', url: 'javascript:alert(1)' }, workspace)).rejects.toThrow(/Only http and https/);
    const garbage = (async () => new Response('{"cells": 3}')) as typeof fetch;
    await expect(importFromLink({ kind: 'url', url: 'https://example.org/bad.ipynb' }, workspace, garbage)).rejects.toThrow(/Could not open bad\.ipynb: /);
    expect(workspace.notebooks).toHaveLength(0);
  });
});
