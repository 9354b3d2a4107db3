import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { compare } from './compare';
import { prepare } from './features';
import { align } from './align';
import { ArticleIndex } from './coverage';
import { extractFacts } from './facts';
import { clausesOf, tellsEveryClause } from './facts-clauses';

/** The clauses of the first sentence of `text`, each as its words. */
function clauses(text: string): string[] {
  const s = prepare([buildArticle({ id: 'x', text })])[0]![0]!;
  return clausesOf(s).map((c) => c.ranges.map(([a, b]) => s.sentence.tokens.slice(a, b).map((t) => t.raw).join(' ')).join(' '));
}

describe('clauses of a statement', () => {
  it('splits a relative clause after a noun, a coordinated clause and a participle clause from the main clause', () => {
    expect(clauses('The Harbour Board relied on an old shipping law that allows ports to levy cargo fees, and Dana Brandt wants it repealed.')).toEqual([
      'The Harbour Board relied on an old shipping law',
      'that allows ports to levy cargo fees',
      'and Dana Brandt wants it repealed .',
    ]);
    expect(clauses('The mayor cut the ferry budget, saying the islands could pay for it.')).toEqual(['The mayor cut the ferry budget', 'saying the islands could pay for it .']);
  });

  it('opens a clause at a subordinating word without a comma only where a subject and a verb follow', () => {
    expect(clauses('The mayor issued a stern warning to the council as the islanders wait for the new ferry timetable.')).toEqual([
      'The mayor issued a stern warning to the council',
      'as the islanders wait for the new ferry timetable .',
    ]);
    expect(clauses('Dana Brandt served as chair of the board after the storm.')).toHaveLength(1);
  });

  it('keeps "said that" and an object list in one clause', () => {
    expect(clauses('Lena Ortiz said that the board sold the pier and the boats.')).toHaveLength(1);
  });

  it('closes a leading subordinate clause at its comma', () => {
    expect(clauses('If the board raises the fees again, the ferry line will cut its Sunday service.')).toEqual(['If the board raises the fees again', 'the ferry line will cut its Sunday service .']);
  });

  it('reads an aside between dashes apart from the clause it interrupts, and a verbless aside as part of it', () => {
    expect(clauses('The board — which met on Tuesday — approved the fees.')).toEqual(['The board approved the fees .', 'which met on Tuesday']);
    expect(clauses('Tomas Lee plans to visit the islands — most likely in the spring — to meet the council.')).toHaveLength(1);
    // a conjunction after the aside opens another clause
    expect(clauses('Tomas Lee plans to visit the islands — most likely in the spring — but the council may cancel the trip.')).toEqual([
      'Tomas Lee plans to visit the islands most likely in the spring',
      'but the council may cancel the trip .',
    ]);
  });
});

/** A comparison of articles given as texts, ids a, b, c… */
function compareTexts(...texts: string[]) {
  const articles = texts.map((text, i) => buildArticle({ id: String.fromCharCode(97 + i), text }));
  return { articles, result: compare(articles) };
}

const STORY = [
  'The Harbour Board met on Tuesday to review the island ferry timetable.',
  'Dana Brandt, who chairs the board, told reporters the review would take several weeks.',
  'Ferry operators have complained about the fees for years.',
];

describe('what an article leaves out of a statement of several clauses', () => {
  const law = 'The Harbour Board has quietly relied for decades on an obscure colonial maritime statute that lets ports charge salvage levies.';

  it('shows the main clause where the article tells the clause after it, not the whole sentence', () => {
    const { result } = compareTexts(
      [STORY[0], law, STORY[1]].join(' '),
      [STORY[0], law, STORY[2]].join(' '),
      [STORY[0], 'Lena Ortiz said the ports charge levies, a practice she called outdated.', STORY[1]].join(' '),
    );
    const texts = result.omissions.c!.map((o) => o.text);
    expect(texts).toContain('The Harbour Board has quietly relied for decades on an obscure colonial maritime statute.');
    expect(texts).not.toContain(law);
  });

  it('shows the main clause, left out, where the article tells the statement in part by telling the clause after it as fully as a carrier would', () => {
    const { result } = compareTexts(
      [STORY[0], law, STORY[1]].join(' '),
      [STORY[0], law, STORY[2]].join(' '),
      [STORY[0], 'Lena Ortiz said the statute lets ports charge salvage levies, a practice she called outdated.', STORY[1]].join(' '),
    );
    const fact = result.facts.find((f) => f.text === law)!;
    expect(fact.omittedBy).toEqual(['c']);
    expect(fact.partialIn ?? []).not.toContain('c');
    expect(result.omissions.c!.map((o) => o.text)).toContain('The Harbour Board has quietly relied for decades on an obscure colonial maritime statute.');
  });

  it('shows the whole sentence where the article tells none of it', () => {
    const { result } = compareTexts(
      [STORY[0], law, STORY[1]].join(' '),
      [STORY[0], law, STORY[2]].join(' '),
      [STORY[0], 'Lena Ortiz praised the new timetable for the winter months.', STORY[1]].join(' '),
    );
    expect(result.omissions.c!.map((o) => o.text)).toContain(law);
  });
});

describe('a statement told clause by clause', () => {
  const filler = ['Dana Brandt, who chairs the port authority, spoke to reporters on Tuesday.', 'Storms have battered the coast for a week.', 'Tourism has fallen for three years.'];
  const compound = 'Customs officers doubled the salvage levies on cargo ships; the ferry line cancelled its winter crossings; the island council closed the northern pier.';
  const clause = [
    'Under a rule announced on Friday after weeks of lobbying by anglers and hoteliers from the mainland, customs officers doubled the salvage levies on cargo ships.',
    'Citing rough seas, rising fuel costs and falling bookings, the ferry line cancelled its winter crossings, a spokesman told local radio.',
    'Tomas Lee, a retired fisherman who has lived on the coast for sixty years, confirmed that the island council closed the northern pier.',
  ];
  const texts = [
    [filler[0], compound, filler[1]],
    [filler[0], compound, filler[2]],
    // every clause, each in a sentence of its own with other news between
    [clause[0], filler[0], clause[1], filler[1], clause[2]],
    // two of the three
    [clause[0], filler[0], clause[1], filler[1]],
  ].map((t) => t.join(' '));
  const articles = texts.map((text, i) => buildArticle({ id: String.fromCharCode(97 + i), text }));
  const alignment = align(articles, prepare(articles));
  const indexes = alignment.prepared.map((s) => new ArticleIndex(s));
  const { details } = extractFacts(articles, alignment, indexes);
  const d = details.find((x) => x.fact.text === compound)!;
  const articleNo = new Map(articles.map((a, i) => [a.id, i]));

  it('is told by an article that tells each of its clauses, if apart, and not by one that tells only some', () => {
    expect(d.fact.presentIn).toEqual(['a', 'b']);
    expect(tellsEveryClause(d, 2, alignment, indexes, articleNo)).toBe(true);
    expect(tellsEveryClause(d, 3, alignment, indexes, articleNo)).toBe(false);
  });
});
