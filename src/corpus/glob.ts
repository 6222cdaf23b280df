/** Path globs for the configuration (`*`, `**`, `?`, `{a,b}`), matched against `/`-separated paths. */

const cache = new Map<string, RegExp>();

function toRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        // `**/` matches zero or more whole directories.
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^${}()|[\]\\*?]/g, '\\$&')).join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Whether a path matches a glob. A glob without `/` matches the file name in
 * any folder (as in `.gitignore`); one with `/` matches the path or its tail.
 */
export function matchGlob(glob: string, path: string): boolean {
  const p = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  const g = glob.replace(/^(?:\.\/)+/, '').replace(/^\//, '');
  let re = cache.get(g);
  if (!re) cache.set(g, (re = toRegExp(g)));
  if (!g.includes('/')) return re.test(p.slice(p.lastIndexOf('/') + 1));
  if (re.test(p)) return true;
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) if (re.test(p.slice(i + 1))) return true;
  return false;
}
