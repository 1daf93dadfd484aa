/**
 * Open by link: import a notebook fetched from a URL, or one carried compressed in the link's
 * fragment (`#/open?nb=<base64url of deflate-raw JSON>&name=…`), and make such share links.
 */
import { deflateSync, inflateSync, strToU8 } from 'fflate';
import { routeHash, type NotebookLink } from './route.svelte.ts';
import type { NotebookSummary, UploadResult } from './workspace.svelte.ts';
import { messageOf } from './error-message.ts';

/** The longest share link offered; browsers and chat apps cope with links up to about this size. */
export const MAX_LINK_LENGTH = 32 * 1024;

/** The workspace methods opening a link needs. */
export interface LinkWorkspace {
  upload(files: readonly { name: string; bytes: Uint8Array }[]): Promise<UploadResult[]>;
  readonly notebooks: readonly NotebookSummary[];
}

/** A share link, or why there is none. */
export type ShareLink = { ok: true; url: string; length: number } | { ok: false; reason: string };

/** The link that carries notebook `name` (its .ipynb `text`) in the fragment of `pageUrl`. */
export function makeShareLink(pageUrl: string, name: string, text: string): ShareLink {
  const compact = JSON.stringify(JSON.parse(text));
  const data = toBase64Url(deflateSync(strToU8(compact), { level: 9 }));
  const url = `${pageUrl.replace(/#.*$/s, '')}${routeHash({ page: 'open', link: { kind: 'fragment', data, name } })}`;
  if (url.length > MAX_LINK_LENGTH) {
    return {
      ok: false,
      reason: `${name} is too big to share as a link: the link would be ${kb(url.length)}, over the ${kb(MAX_LINK_LENGTH)} limit. Clear its outputs, or download it as .ipynb and share the file.`,
    };
  }
  return { ok: true, url, length: url.length };
}

/** The .ipynb bytes carried in a share link's `nb` parameter. */
export function decodeSharedNotebook(data: string): Uint8Array {
  if (data.length > MAX_LINK_LENGTH) throw new Error(`The shared notebook is longer than the ${kb(MAX_LINK_LENGTH)} a link may carry`);
  try {
    return inflateSync(fromBase64Url(data));
  } catch {
    throw new Error('The link does not carry a readable notebook (it may have been cut short when it was copied)');
  }
}

/** Imports the linked notebook through the workspace and returns its id; throws with a readable message. */
export async function importFromLink(link: NotebookLink, workspace: LinkWorkspace, fetchFn: typeof fetch = fetch): Promise<string> {
  const file = link.kind === 'url' ? await fetchNotebook(link.url, fetchFn) : { name: ipynbName(link.name), bytes: decodeSharedNotebook(link.data) };
  const [result] = await workspace.upload([file]);
  if (!result) throw new Error(`Could not open ${file.name}`);
  if (!result.ok) throw new Error(`Could not open ${file.name}: ${result.reason}`);
  const stored = workspace.notebooks.find((n) => n.name === result.name);
  if (!stored) throw new Error(`${result.name} was imported but is not in the list`);
  return stored.id;
}

async function fetchNotebook(url: string, fetchFn: typeof fetch): Promise<{ name: string; bytes: Uint8Array }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`"${url}" is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Only http and https links can be opened, not ${parsed.protocol}`);
  let response: Response;
  try {
    response = await fetchFn(parsed.href, { credentials: 'omit' });
  } catch (error) {
    throw new Error(
      `Could not fetch ${parsed.href}: ${messageOf(error)}. You must be online, and the site must allow other sites to read the file (CORS).`,
    );
  }
  if (!response.ok) throw new Error(`Could not fetch ${parsed.href}: the server answered ${response.status} ${response.statusText}`.trim());
  const segment = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
  return { name: ipynbName(safeDecode(segment) || 'Notebook'), bytes: new Uint8Array(await response.arrayBuffer()) };
}

function ipynbName(name: string): string {
  return /\.ipynb$/i.test(name) ? name : `${name}.ipynb`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function kb(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
