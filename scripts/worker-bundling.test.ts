import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { textInComment } from '../electron.vite.config';

/** The value `code` (declaring `x`) gives `x`. */
const declared = (code: string): unknown => runInNewContext(`(function () {\n${code}\nreturn x;\n})()`);

describe('long text assets of the worker given by comments', () => {
  // JSON as an asset holds it: quotes, backslashes and line breaks
  const text = '{"words":"a \\"b\\" c\\\\d","lines":"one\\ntwo"}\n'.repeat(3000);

  it('gives the same text from the comment of a function', () => {
    const line = `var x = ${JSON.stringify(text)};`;
    const out = textInComment(`const a = 1;\n${line}\nconst b = 2;`);
    expect(out).not.toContain(line);
    expect(out).toContain(`var x = (function(){/*${text.slice(0, 40)}`);
    expect(declared(out)).toBe(text);
    expect(out.startsWith('const a = 1;\n')).toBe(true);
    expect(out.endsWith('\nconst b = 2;')).toBe(true);
  });

  it('leaves short texts, texts a comment cannot hold and other lines as they are', () => {
    const kept = [
      `var x = ${JSON.stringify('short text')};`,
      `var x = ${JSON.stringify(`${text}\u2019`)};`,
      `var x = ${JSON.stringify(`${text}\r`)};`,
      `var x = ${JSON.stringify(`${text}*/`)};`,
      `var x = ${JSON.stringify(text)} + y;`,
      `var x = ${JSON.stringify(text)}, y = "z";`,
      `x(${JSON.stringify(text)});`,
    ];
    for (const line of kept) expect(textInComment(line)).toBe(line);
  });
});
