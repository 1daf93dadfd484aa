import { describe, expect, it } from 'vitest';
import { expandSqlMagic } from '../../../worker/sql/sql-magic.ts';

describe('%%sql cells', () => {
  it('run the rest of the cell through the sql tag, keeping the line count', () => {
    const source = "%%sql\nselect *\nfrom 'a.csv'\nwhere x > ${limit}";
    const expanded = expandSqlMagic(source);
    expect(expanded).toBe("await sql`\nselect *\nfrom 'a.csv'\nwhere x > ${limit}`");
    expect(expanded.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('keep the result in a name when one follows the magic', () => {
    expect(expandSqlMagic('%%sql top\nselect 1')).toBe('const top = await sql`\nselect 1`;\ntop');
  });

  it('escape backticks and backslashes, which are SQL text there', () => {
    expect(expandSqlMagic('%%sql\nselect `a`, \'\\n\'')).toBe("await sql`\nselect \\`a\\`, '\\\\n'`");
  });

  it('leave every other cell alone', () => {
    for (const source of ['1 + 1', ' %%sql\nselect 1', '%%sqlx\nselect 1', '// %%sql']) {
      expect(expandSqlMagic(source)).toBe(source);
    }
  });
});
