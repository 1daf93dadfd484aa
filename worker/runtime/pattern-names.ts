/** The identifiers a binding pattern declares (`{ a, b: [c, ...d], e = 1 }` → a, c, d, e). */
import type { Pattern } from 'acorn';

/** Names bound by `pattern`, in source order. */
export function patternNames(pattern: Pattern): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p) => patternNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    case 'MemberExpression':
      return [];
    default: {
      const never: never = pattern;
      return never;
    }
  }
}
