/** When to colour, and the one chalk instance each formatter uses (never the global one). */
import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Whether output should be coloured. Precedence: the command-line flag
 * (`--color`/`--no-color`), then `FORCE_COLOR` (as Node does: it wins over
 * `NO_COLOR`; `0` or `false` forces colour off, any other non-empty value on,
 * an empty value is ignored as force-color.org says), then `NO_COLOR` (any
 * non-empty value turns colour off, per no-color.org), then `TERM=dumb`, then
 * whether stdout is a terminal.
 * @param env environment variables (the CLI passes `process.env`)
 * @param isTTY whether stdout is a terminal
 * @param flag `false` for `--no-color`, `true` for an explicit `--color`, undefined when absent
 */
export function colorEnabled(env: Record<string, string | undefined>, isTTY: boolean, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !(force === '0' || force.toLowerCase() === 'false');
  const no = env.NO_COLOR;
  if (no !== undefined && no !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/**
 * A chalk instance for the formatters: 16 basic colours when on (every
 * colour terminal has them, and golden files stay stable), none when off.
 */
export function makeChalk(color: boolean | undefined): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
