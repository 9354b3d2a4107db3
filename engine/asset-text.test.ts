import { describe, expect, it } from 'vitest';
import { readAsset, SpaceSeparated, textOf, writeAssetText } from './asset-text';

/** An asset's file as bytes, and the fields read from it as text. */
const bytes = (text: string) => new TextEncoder().encode(text);
function read(text: string, name: string): { header: Record<string, unknown>; fields: Record<string, string> } {
  const { header, fields } = readAsset(bytes(text), name);
  return { header, fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, textOf(v)])) };
}

describe('asset text', () => {
  it('gives back the small fields and the long ones as written, line breaks and all', () => {
    const fields = { words: '\n \n\n \r " \\ cafe', vectors: 'QUFB', empty: '' };
    const text = writeAssetText({ source: 'test (MIT) \u2019 \u{1f600}', dimensions: 3 }, fields);
    expect(text).toMatch(/^[\0-\x7f]*$/u);
    expect(read(text, 'test.txt')).toEqual({ header: { source: 'test (MIT) \u2019 \u{1f600}', dimensions: 3 }, fields });
  });

  it('writes long fields in ASCII only, so that their characters are their bytes', () => {
    expect(() => writeAssetText({}, { words: 'caf\u00e9' })).toThrow(/the field "words" holds a character outside ASCII/u);
  });

  it('names the asset and the field whose length does not hold', () => {
    const text = writeAssetText({ dimensions: 3 }, { words: 'a b', vectors: 'QUFB' });
    expect(() => read(text.replace('a b', 'a bc'), 'x.txt')).toThrow(/^x\.txt: its field "words" is not 3 characters followed by a line break/u);
    expect(() => read(`${text}more`, 'x.txt')).toThrow(/x\.txt: 4 characters follow its last field/u);
    expect(() => read(text.slice(0, -2), 'x.txt')).toThrow(/field "vectors"/u);
  });

  it('rejects text that opens with no JSON naming its fields', () => {
    expect(() => read('{"source":"a"}\nab\n', 'y.txt')).toThrow(/y\.txt: its first line names no fields/u);
    expect(() => read('not json\n', 'y.txt')).toThrow(/y\.txt: its first line is not JSON/u);
    expect(() => read('{"fields":[["a",-1]]}\n', 'y.txt')).toThrow(/\["a",-1\] is no field's name and length/u);
    expect(() => read('', 'y.txt')).toThrow(/no line of JSON/u);
  });
});

describe('space-separated items', () => {
  it.each(['', 'a', 'a b', ' a  b ', 'the of  \n \u2019s x'])('gives the items split() gives, by position (%j)', (text) => {
    const items = new SpaceSeparated(text);
    const split = text.split(' ');
    expect(items.length).toBe(split.length);
    expect(Array.from({ length: items.length }, (_, k) => items.at(k))).toEqual(split);
    expect([items.at(-1), items.at(split.length), items.at(0.5)]).toEqual([undefined, undefined, undefined]);
    // told how many items to expect, right or wrong, it finds the same
    for (const expected of [split.length, split.length - 1, split.length + 1, 1]) {
      const told = new SpaceSeparated(text, expected);
      expect(Array.from({ length: told.length }, (_, k) => told.at(k))).toEqual(split);
    }
  });
});
