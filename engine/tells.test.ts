import { describe, expect, it } from 'vitest';
import { align } from './align';
import { ArticleIndex } from './coverage';
import { comparable, filler, listedFact } from './test-text';
import { verifyCarriers } from './tells';

/** A statement shown by the first sentence of article a, listed as carried by the first sentence of every other article. */
function listed(texts: string[]) {
  const alignment = align(texts.map((t, i) => comparable(String.fromCharCode(97 + i), `${t} ${filler(i + 1)}`)));
  const { table, d } = listedFact(alignment, 'statement');
  d.stems = alignment.prepared[0]![0]!.features;
  verifyCarriers(table, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
  return d;
}

describe('carriers of a statement', () => {
  it('drops an article whose sentence shares only the names, and keeps one that tells the fact in its own words', () => {
    const d = listed([
      'Dana Brandt told the Harbour Board that the north pier would close for repairs in spring.',
      // the same people, something else
      'Dana Brandt and the Harbour Board have feuded with Lena Ortiz since the election.',
      // the same thing, partly in other words
      'Brandt said the Harbour Board would shut the north pier for repairs this spring.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'c']);
    expect([...(d.partial ?? [])]).toEqual(['b']);
    expect(d.fact.sentences).toEqual({ a: 0, c: 0 });
  });

  it('keeps every carrier that says the fact beyond the names', () => {
    const d = listed([
      'Tomas Lee said the Harbour Board raised cargo fees by a third.',
      'The Harbour Board raised its cargo fees sharply, Tomas Lee said.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'b']);
    expect(d.partial).toBeUndefined();
  });
});

describe('a newsroom formula listed as a carrier', () => {
  it('carries no statement that only quotes the formula at its end', () => {
    const d = listed([
      'The Harbour Board confirmed that Dana Brandt and Lena Ortiz would meet in private, adding only that "more information will be published later."',
      '"More information will be published later."',
      'Dana Brandt and Lena Ortiz will meet in private, the Harbour Board confirmed, and further details will follow.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'c']);
    expect([...(d.partial ?? [])]).toEqual(['b']);
  });
});

describe('a role title shared with a carrier', () => {
  it('is no word of what the statement says: a sentence sharing only the title and the names carries nothing', () => {
    const d = listed([
      'The chairman said the ferry fares would double.',
      // the same person named by the same title, doing something else
      'Tomas Lee, the chairman, opened the new terminal with Lena Ortiz.',
      'Ferry fares are to double, the chairman said.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'c']);
    expect([...(d.partial ?? [])]).toEqual(['b']);
  });
});

describe('a carrier that says the opposite', () => {
  it('is no carrier of a statement whose verb it says plainly where the statement denies it', () => {
    const d = listed([
      'The island ferry will not stop at the north pier this winter, the Harbour Board said.',
      // the same words, the verb said plainly
      'The island ferry stopped at the north pier this winter, the Harbour Board said.',
      // the denial in other words
      'The Harbour Board said the island ferry would never stop at the north pier this winter.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'c']);
    expect([...(d.partial ?? [])]).toEqual(['b']);
  });
});

describe('a carrier that denies what the statement says plainly', () => {
  it('is no carrier of a statement whose verb it denies or calls unlikely', () => {
    const d = listed([
      'The island ferry will stop at the north pier this winter, the Harbour Board said.',
      // the same words, the verb forecast not to happen
      'The island ferry is unlikely to stop at the north pier this winter, the Harbour Board said.',
      'The Harbour Board said the island ferry would stop at the north pier this winter.',
      // denied
      'The island ferry will not stop at the north pier this winter, the Harbour Board said.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'c']);
    expect([...(d.partial ?? [])]).toEqual(['b', 'd']);
  });
});
