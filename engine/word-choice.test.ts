import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { wordSenses } from './word-senses';
import { WordVectors, decodeBase64, encodeBase64, wordVectors } from './word-vectors';

const differences = (...texts: string[]) => {
  const c = analyze(texts.map((text, i) => ({ id: `o${i}`, text })));
  return c.alignments.flatMap((a) => a.differences);
};

describe('word choices between aligned sentences', () => {
  it('names the outlet that chose the stronger verb and what the others say', () => {
    const ds = differences(
      'The company slashed prices on Monday after weak holiday sales in Ohio.',
      'The company cut prices on Monday after weak holiday sales in Ohio.',
      'The company reduced prices on Monday after weak holiday sales in Ohio.',
    );
    const slashed = ds.find((d) => d.text === 'slashed');
    expect(slashed?.category).toBe('loaded');
    expect(slashed?.reason).toBe("'slashed', where 2 others say 'cut' or 'reduced': a stronger verb");
    expect(ds.find((d) => d.text === 'cut')?.category).toBeUndefined();
  });

  it('a noun whose lemma the sentiment list scores as an adjective is no stronger word', () => {
    const ds = differences(
      'Trump temporarily reduced tariffs on Chinese goods to 30% for 90 days on Monday.',
      'Trump temporarily reduced tariffs on Chinese products to 30% for 90 days on Monday.',
    );
    expect(ds.filter((d) => d.reason?.includes('stronger'))).toEqual([]);
  });

  it('judges "according to" as one phrase: marked whole where the others doubt, never its last word alone', () => {
    const doubted = differences(
      'The Harbour Board will close the north pier in June, according to two officials at the port.',
      'The Harbour Board will close the north pier in June, two officials at the port claimed.',
    ).filter((d) => d.articleId === 'o0' && d.category);
    expect(doubted.map((d) => [d.text, d.category])).toEqual([['according to', 'attribution']]);
    // the others report it neutrally too: a trivial difference, no mark on "according" nor on "to"
    const neutral = differences(
      'The Harbour Board will close the north pier in June, according to two officials at the port.',
      'The Harbour Board will close the north pier in June, two officials at the port said.',
    );
    expect(neutral.filter((d) => d.category)).toEqual([]);
  });

  it('a word in capitals is a difference only where the others write another word, not for "AND" or "A"', () => {
    const ds = differences(
      'Dana Brandt said the harbour plan is VERY COSTLY AND EXTREMELY HARD TO FINISH BY JUNE for the board.',
      'Dana Brandt said the harbour plan is very costly and extremely difficult to finish by June for the board.',
    ).filter((d) => d.articleId === 'o0');
    expect(ds.map((d) => d.text)).toEqual(['HARD']);
    expect(ds[0]!.category).toBe('emphasis');
  });

  it('a word the article’s own marks leave unclassed is no attribution difference', () => {
    // "alleged" before a noun and "denies" of a thing report no statement in the column, nor between outlets
    const ds = differences(
      'The court ruled on Monday in two disputes over alleged excessive force by police officers in Ohio.',
      'The court ruled on Monday in two disputes over excessive force by police officers in Ohio.',
    );
    expect(ds.filter((d) => d.category === 'attribution')).toEqual([]);
  });

  it('words the vectors put close but that name different things are no word choice', () => {
    // opposites, and a verb whose subject acts against one whose subject undergoes
    for (const [a, b] of [
      ['The city sharply increased taxes on Monday after a long debate in Ohio.', 'The city sharply decreased taxes on Monday after a long debate in Ohio.'],
      ['The United States will slap tariffs on steel from Monday, officials said.', 'The United States will face tariffs on steel from Monday, officials said.'],
    ] as const) {
      expect(differences(a, b).filter((d) => d.reason?.includes('where'))).toEqual([]);
    }
  });

  it('an attribution verb that differs in class says which verb the others use', () => {
    const ds = differences(
      'The mayor claimed the city budget was balanced this year.',
      'The mayor said the city budget was balanced this year.',
      'The mayor said the city budget was balanced this year.',
    );
    expect(ds.find((d) => d.text === 'claimed')?.reason).toBe("'claimed' casts doubt on the statement; 2 others write 'said'");
    expect(ds.find((d) => d.text === 'said')).toMatchObject({ category: 'attribution', attribution: 'neutral' });
  });

  it('two neutral verbs are a plain difference, not a framing one', () => {
    const ds = differences('The mayor said the city budget was balanced this year.', 'The mayor wrote the city budget was balanced this year.');
    expect(ds.filter((d) => d.category)).toEqual([]);
  });

  it('words in quotes are the speaker’s choice, not the outlet’s', () => {
    const ds = differences(
      'The senator called the plan “a slashed budget” on Monday in Ohio.',
      'The senator called the plan “a reduced budget” on Monday in Ohio.',
    );
    expect(ds.find((d) => d.text === 'slashed')?.reason ?? '').not.toContain('where');
  });
});

describe('labels outlets put on the same actor', () => {
  const labelsOf = (...texts: string[]) =>
    analyze(texts.map((text, i) => ({ id: `o${i}`, text }))).articles.map((a) => a.highlights.filter((h) => h.category === 'label'));

  it('a charged label where the others use a plainer word for the role names their word', () => {
    const [charged, plain] = labelsOf(
      'North Korean dictator Kim Jong Un met officials in Seoul on Monday.',
      'North Korean leader Kim Jong Un met officials in Seoul on Monday.',
      'North Korean leader Kim Jong Un met officials in Seoul on Monday.',
    );
    expect(charged!.map((h) => h.reason)).toEqual(["Label: 'dictator' for Kim Jong Un, where 2 others write 'leader': a more charged word for the same role"]);
    expect(plain).toEqual([]);
  });

  it('a plain title every outlet shares is no mark', () => {
    const all = labelsOf('Commerce Secretary Wilbur Ross spoke on Monday in Washington.', 'Commerce Secretary Wilbur Ross spoke on Monday in Washington.');
    expect(all.flat()).toEqual([]);
  });
});

describe('word vectors', () => {
  it('round-trips base64 and finds near words closer than far ones', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect([...decodeBase64(new TextEncoder().encode(encodeBase64(bytes)))]).toEqual([...bytes]);
    const v = wordVectors();
    expect(v.size).toBeGreaterThan(20_000);
    expect(v.similarity('lowered', 'reduced')!).toBeGreaterThan(v.similarity('lowered', 'banana')!);
    expect(v.similarity('lowered', 'zzzz-not-a-word')).toBeUndefined();
  });

  it('WordNet tells the same thing from neighbours and opposites', () => {
    const w = wordSenses();
    for (const [a, b] of [['slashed', 'reduced'], ['murdered', 'killed'], ['mob', 'crowd'], ['crucial', 'key'], ['stalemate', 'standstill']]) {
      expect(w.sameThing(a!, b!), `${a}/${b}`).toBe(true);
    }
    for (const [a, b] of [['increase', 'decrease'], ['slap', 'face'], ['win', 'lose'], ['strong', 'weak']]) expect(w.sameThing(a!, b!), `${a}/${b}`).toBe(false);
    expect(w.opposites('increase', 'decrease')).toBe(true);
    expect(w.has('zzzz-not-a-word')).toBe(false);
  });

  it('refuses data whose vectors do not fit its words', () => {
    expect(() => new WordVectors({ dimensions: 100, words: 'a b', vectors: new TextEncoder().encode(encodeBase64(new Uint8Array(150))) })).toThrow(/2 words need 200 bytes/u);
  });
});
