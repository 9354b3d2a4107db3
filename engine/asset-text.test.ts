import { describe, expect, it } from 'vitest';
import { ownCopy, readAssetText, SpaceSeparated, writeAssetText } from './asset-text';

describe('asset text', () => {
  it('gives back the small fields and the long ones as written, line breaks and all', () => {
    const fields = { words: '\n \n\n \r " \\ caf\u00e9', vectors: 'QUFB', empty: '' };
    const text = writeAssetText({ source: 'test (MIT)', dimensions: 3 }, fields);
    expect(readAssetText(text, 'test.txt')).toEqual({ header: { source: 'test (MIT)', dimensions: 3 }, fields });
  });

  it('names the asset and the field whose length does not hold', () => {
    const text = writeAssetText({ dimensions: 3 }, { words: 'a b', vectors: 'QUFB' });
    expect(() => readAssetText(text.replace('a b', 'a bc'), 'x.txt')).toThrow(/^x\.txt: its field "words" is not 3 characters followed by a line break/u);
    expect(() => readAssetText(`${text}more`, 'x.txt')).toThrow(/x\.txt: 4 characters follow its last field/u);
    expect(() => readAssetText(text.slice(0, -2), 'x.txt')).toThrow(/field "vectors"/u);
  });

  it('rejects text that opens with no JSON naming its fields', () => {
    expect(() => readAssetText('{"source":"a"}\nab\n', 'y.txt')).toThrow(/y\.txt: its first line names no fields/u);
    expect(() => readAssetText('not json\n', 'y.txt')).toThrow(/y\.txt: its first line is not JSON/u);
    expect(() => readAssetText('{"fields":[["a",-1]]}\n', 'y.txt')).toThrow(/\["a",-1\] is no field's name and length/u);
    expect(() => readAssetText('', 'y.txt')).toThrow(/no line of JSON/u);
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

describe('own copy', () => {
  it.each(['', 'a', 'QUFB'.repeat(10_000), 'caf\u00e9 \n'])('gives the same characters (%#)', (text) => {
    const field = `x${text}y`.slice(1, -1);
    expect(ownCopy(field)).toBe(text);
  });
});

