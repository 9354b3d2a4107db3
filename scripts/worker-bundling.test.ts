import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { STRING_PIECE, withLongStringsInPieces } from '../electron.vite.config';

/** The value of a JavaScript expression. */
const valueOf = (expression: string): unknown => runInNewContext(`(${expression})`);

describe('long string literals of the worker in pieces', () => {
  // escapes of every length rolldown writes, repeated so that some straddle every place a piece could end
  const text = 'ab\\"cd\\\\e\\u2019f\\u{1F600}g\\x41h\\n'.repeat(Math.ceil((3 * STRING_PIECE) / 29));
  const line = `var x = "${text}";`;

  it('writes a long literal as a sum of short ones with the same value, cut between escapes', () => {
    const out = withLongStringsInPieces(`const a = 1;\n${line}\nexport { x };`);
    const pieces = out.split('\n').slice(1, -1);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) expect(piece.length).toBeLessThan(STRING_PIECE + 20);
    expect(valueOf(out.split('\n').slice(1, -1).join('\n').replace(/^var x = /u, '').replace(/;$/u, ''))).toBe(valueOf(`"${text}"`));
    expect(out.startsWith('const a = 1;\nvar x = ("')).toBe(true);
    expect(out.endsWith(');\nexport { x };')).toBe(true);
  });

  it('leaves short literals, other quotes and short lines as they are', () => {
    const short = `f('"', \`"\`, "a\\"b", /"/u);`;
    expect(withLongStringsInPieces(short)).toBe(short);
    const long = `g('"', ${'`' + 'x'.repeat(STRING_PIECE + 5) + '`'}, "c");`;
    expect(withLongStringsInPieces(long)).toBe(long);
    const mixed = `h('"', "${'y'.repeat(STRING_PIECE + 5)}");`;
    const out = withLongStringsInPieces(mixed);
    expect(out).not.toBe(mixed);
    expect(out.startsWith(`h('"', ("`)).toBe(true);
    expect(valueOf(out.slice(`h('"', `.length, -2))).toBe('y'.repeat(STRING_PIECE + 5));
  });
});
