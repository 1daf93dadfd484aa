/**
 * The login page: a password field that posts the token back to the same URL. No script at
 * all, so it works under a policy that allows only its one stylesheet (by hash).
 */
import { createHash } from 'node:crypto';

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh; background: #f5f5f5; color: #222; }
@media (prefers-color-scheme: dark) { body { background: #1e1e1e; color: #ddd; } input { background: #2a2a2a; color: #ddd; } }
main { max-width: 26rem; padding: 2rem; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
label { display: block; margin-bottom: .25rem; }
input { font: inherit; padding: .4rem .5rem; width: 100%; box-sizing: border-box; margin-bottom: .75rem; }
button { font: inherit; padding: .4rem 1rem; }
.error { color: #b00020; }
code { font-size: .9em; }
`;

const styleHash = createHash('sha256').update(STYLE).digest('base64');

/** The policy for the login page: its own stylesheet, a form posting to itself, nothing else. */
export const LOGIN_CSP = `default-src 'none'; style-src 'sha256-${styleHash}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The login page HTML, with an optional message (e.g. why the last attempt failed).
 * `reload` adds an immediate meta refresh: a SameSite=Strict cookie is not sent when the
 * visit came from a link on another site, but is sent on this page's own reload.
 */
export function loginPage(message?: string, options: { reload?: boolean } = {}): string {
  const notice = message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : '';
  const refresh = options.reload ? '\n<meta http-equiv="refresh" content="0">' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">${refresh}
<title>Quire — log in</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Quire</h1>
${notice}
<form method="post">
<label for="token">Password or token:</label>
<input type="password" id="token" name="token" autocomplete="current-password" required autofocus>
<button type="submit">Log in</button>
</form>
<p>The token is in the server's log: the line <code>http://127.0.0.1:8888/?token=…</code>
(with Docker: <code>docker logs &lt;container&gt;</code>).</p>
</main>
</body>
</html>
`;
}
