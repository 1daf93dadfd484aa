/**
 * The `%%sql` cell, as in Jupyter's SQL magics: a code cell whose first line is `%%sql` (or
 * `%%sql name`, which also keeps the result in `name`) runs the rest through the `sql` tag, so
 * `${value}` binds a parameter and `${df}` names a DataFrame as a table.
 */

const MAGIC = /^%%sql(?:[ \t]+([A-Za-z_$][\w$]*))?[ \t]*(?:\r?\n|$)/;

/** The TypeScript a `%%sql` cell runs (same line count, so errors keep their lines), or the source unchanged. */
export function expandSqlMagic(source: string): string {
  const match = MAGIC.exec(source);
  if (!match) return source;
  const name = match[1];
  // Backslashes and backticks are SQL text here, not template syntax.
  const body = source.slice(match[0].length).replace(/[\\`]/g, (c) => `\\${c}`);
  const newline = match[0].endsWith('\n') ? '\n' : '';
  return name ? `const ${name} = await sql\`${newline}${body}\`;\n${name}` : `await sql\`${newline}${body}\``;
}

