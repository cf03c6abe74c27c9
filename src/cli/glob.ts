/**
 * Glob patterns for the CLI's file arguments, for when the shell did not expand them (quoted,
 * or on a shell without `**`): `*` and `?` within one path segment, `**` across segments,
 * `[abc]`/`[!a-z]` character classes and `{a,b}` alternatives.
 */

/** Whether an argument is a pattern rather than a plain path. */
export function isGlob(arg: string): boolean {
  return /[*?[{]/.test(arg);
}

/**
 * Splits a pattern into the folder to walk (its leading segments without wildcards) and the
 * rest, matched against paths relative to that folder: `reports/2021/**\/*.pdf` → `reports/2021`
 * and `**\/*.pdf`.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const i = segments.findIndex(isGlob);
  if (i < 0) return { base: pattern, rest: '' };
  const base = segments.slice(0, i).join('/');
  return { base: base === '' ? (pattern.startsWith('/') ? '/' : '.') : base, rest: segments.slice(i).join('/') };
}

/** The regular expression a relative path (with `/` separators) must match in full. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole folders; a trailing `**` anything below
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}
