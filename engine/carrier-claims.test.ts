import { describe, expect, it } from 'vitest';
import { align } from './align';
import { namesLeftOut, ranksLeftOut, verifyNumberCarriers, verifyPersonCarriers, verifySubjectCarriers } from './carrier-claims';
import { ArticleIndex } from './coverage';
import { comparable, filler, listedFact } from './test-text';
import type { ComparableArticle } from './align';
import type { Actor } from './types';

/** The alignment of one article per text, each text's first sentence followed by filler. */
function aligned(texts: string[]) {
  return align(texts.map((t, i) => comparable(String.fromCharCode(97 + i), `${t} ${filler(i + 1)}`)));
}

describe('carriers of a count', () => {
  const count = (texts: string[]) => {
    const alignment = aligned(texts);
    const { table, d } = listedFact(alignment, 'number', 'Four people … were convicted');
    d.quantity = alignment.prepared[0]![0]!.quantities[0]!;
    d.head = 'people';
    verifyNumberCarriers(table, alignment);
    return d;
  };

  it('drops a sentence with the same figure and no noun of its own that says something else of it', () => {
    const d = count([
      'Four people, including Dana Brandt, were convicted of taking bribes from ferry firms.',
      'The inquiry found that four people were convicted of taking bribes from the firms.',
      // "four Harbour Board members": a name stands between the figure and its noun, and they were charged
      'The inquiry had led to charges for four Harbour Board members, none of them about the pier.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'b']);
    expect([...(d.partial ?? [])]).toEqual(['c']);
  });

  it('keeps one with no noun of its own that says the same of them', () => {
    const d = count([
      'Four people, including Dana Brandt, were convicted of taking bribes from ferry firms.',
      'Four of them, Tomas Lee among them, have been convicted so far.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'b']);
    expect(d.partial).toBeUndefined();
  });
});

describe('carriers of a person in a role', () => {
  it('drops an article whose only mention of the name word opens another name', () => {
    const alignment = aligned([
      'The board’s lawyer Tomas Lee filed the complaint on Friday.',
      'Tomas Lee, who advises the board, filed the complaint.',
      'The board hired the law firm Lee Ortiz to draft the complaint.',
    ]);
    const { table, d } = listedFact(alignment, 'person-role', 'lawyer Tomas Lee');
    d.person = { key: 'lee', roleKey: '' };
    verifyPersonCarriers(table, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
    expect(d.fact.presentIn).toEqual(['a', 'b']);
    expect([...(d.partial ?? [])]).toEqual(['c']);
  });
});

/** Article i with Tomas Lee, Lena Ortiz and Dana Brandt as person actors wherever their names are written in its first sentence. */
function withLee(text: string, i: number): ComparableArticle {
    const a = comparable(String.fromCharCode(97 + i), `${text} ${filler(i + 1)}`);
    const s = a.sentences[0]!;
    const person = (id: string, name: RegExp): Actor => ({
      id,
      name: id.replace(/(?:^|-)(\p{L})/gu, (m, c: string) => `${m.length > 1 ? ' ' : ''}${c.toUpperCase()}`),
      kind: 'person',
      mentions: [...s.text.matchAll(name)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], sentence: 0 })),
      labels: [],
      sentiment: { score: 0, comparative: 0 },
    });
    const people = [person('tomas-lee', /(?:Tomas )?Lee/gu), person('lena-ortiz', /(?:Lena )?Ortiz/gu), person('dana-brandt', /(?:Dana )?Brandt/gu)];
    return { ...a, actors: people.filter((p) => p.mentions.length) };
}

describe('carriers of a statement about what a named person did', () => {
  /** The statement shown by the first article's first sentence, listed as carried by every other article's, checked. */
  const checked = (texts: string[]) => {
    const articles = texts.map(withLee);
    const alignment = align(articles);
    const { table, d } = listedFact(alignment, 'statement');
    verifySubjectCarriers(table, articles, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
    return d;
  };

  it('drops a sentence that gives the act to another person, and keeps one that gives it to the same', () => {
    const d = checked([
      'Tomas Lee warned Lena Ortiz to stay away from the north pier during the repairs.',
      'Dana Brandt warned Lena Ortiz to stay away from the north pier, as Tomas Lee had asked.',
      'Tomas Lee again warned Lena Ortiz to stay away from the north pier.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'c']);
    expect([...(d.partial ?? [])]).toEqual(['b']);
  });

  it('drops an article that never names the person, whatever words it shares', () => {
    const d = checked([
      'Tomas Lee pleaded guilty to making false statements to the Harbour Board inquiry.',
      // the same words said of someone else
      'The board feared its own staff would make false statements to the inquiry.',
      'Lee admitted in court that he made false statements to the Harbour Board inquiry.',
    ]);
    expect(d.fact.presentIn).toEqual(['a', 'c']);
    expect([...(d.partial ?? [])]).toEqual(['b']);
  });

  it('keeps an article that says what a named person said without naming the speaker', () => {
    const d = checked(['Tomas Lee said the Harbour Board will vote on the ferry fees in March.', 'The Harbour Board will vote on the ferry fees in March.']);
    expect(d.fact.presentIn).toEqual(['a', 'b']);
  });
});

describe('a statement whose people and named things an article never names', () => {
  /** The statement of the first text's first sentence, carried by the third's, told in part by the second's, checked. */
  const partial = (texts: [string, string, string]) => {
    const articles = texts.map(withLee);
    const alignment = align(articles);
    const { table, d } = listedFact(alignment, 'statement');
    table.demote(d, 'b');
    namesLeftOut(table, articles, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
    return [...(d.partial ?? [])];
  };

  it('leaves it out where the article never names the person it is about', () => {
    const carried = 'Tomas Lee sold his shares in the ferry company before the fee vote.';
    const again = 'Before the fee vote, Lee sold his shares in the ferry company.';
    expect(partial([carried, 'The ferry company lost value after the fee vote, the board said.', again])).toEqual([]);
    // named by a word of the name no other person has: still told in part
    expect(partial([carried, 'Lee watched as the ferry company lost value after the fee vote.', again])).toEqual(['b']);
  });

  it('keeps it told in part where the person is only who said it', () => {
    expect(partial(['Tomas Lee said the ferry fees will rise in March.', 'The ferry fees will rise, the board said.', 'The ferry fees will rise in March, Lee said.'])).toEqual(['b']);
  });

  it('leaves it out where the article never has the name of the thing it is about', () => {
    const carried = 'The board signed the Ferry Compact with two shippers on Monday.';
    const again = 'On Monday the board signed the Ferry Compact with the shippers.';
    expect(partial([carried, 'The board met two shippers on Monday.', again])).toEqual([]);
    expect(partial([carried, 'The board met two shippers on Monday to talk about the ferry compact.', again])).toEqual(['b']);
  });

  it('never takes a country or its people, written another way, for a name left out', () => {
    expect(partial(['The board signed a deal with Canadian shippers on Monday.', 'Shippers from Canada met the board on Monday.', 'On Monday, Canadian shippers signed a deal with the board.'])).toEqual(['b']);
  });

  it('never takes a lawmaker’s party letter or state, written another way, for a name left out', () => {
    const carried = 'Activists followed Sen. Ana Ruiz (D-Ariz.) into the ferry terminal to protest the fee vote.';
    const again = 'Activists followed Ana Ruiz, D-Ariz., into the ferry terminal on Sunday to protest the fee vote.';
    expect(partial([carried, 'Activists cornered Arizona Sen. Ana Ruiz at the ferry terminal over the fee vote.', again])).toEqual(['b']);
  });
});

describe('a statement whose claim is a rank', () => {
  /** The statement of the first text's first sentence, listed as carried by every other text's first sentence, checked. */
  const checked = (texts: string[], partly: string[] = []) => {
    const alignment = aligned(texts);
    const { table, d } = listedFact(alignment, 'statement');
    d.stems = alignment.prepared[0]![0]!.features;
    for (const id of partly) table.demote(d, id);
    ranksLeftOut(table, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
    return { carried: d.fact.presentIn, partial: [...(d.partial ?? [])] };
  };
  const ranked = 'Norway is the largest exporter of salmon to Japan, followed by Chile and Scotland.';

  it('is not carried, even in part, by a sentence that names the same things without the rank', () => {
    expect(checked([ranked, 'Salmon from Norway, the largest exporter to Japan, fills its fish markets.', 'Japan buys its salmon from Norway, Chile and Scotland.'])).toEqual({ carried: ['a', 'b'], partial: [] });
  });

  it('is not told in part by an article whose closest sentence lacks the rank, and is where it has it', () => {
    expect(checked([ranked, 'Norway is the largest exporter of salmon to Japan.', 'Japan buys its salmon from Norway, Chile and Scotland.'], ['c']).partial).toEqual([]);
    expect(checked([ranked, 'Norway is the largest exporter of salmon to Japan.', 'Norway, the largest seller, ships salmon to Japan too.'], ['c']).partial).toEqual(['c']);
  });

  it('holds only for a rank said of what the sentence is about, after a form of "be"', () => {
    // a superlative on the way describes something; "the first" with no noun after it ranks nothing
    expect(checked(['The board met the two largest ferry firms on Monday.', 'The board met the ferry firms on Monday.']).carried).toEqual(['a', 'b']);
    expect(checked(['The first would cut the ferry fees, the board said.', 'The plan would cut the ferry fees, the board said.']).carried).toEqual(['a', 'b']);
  });
});

