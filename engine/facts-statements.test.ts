import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { statementDetails } from './test-text';

/** The statement facts of articles a, b, c… whose sentences no alignment put together: every one a lone sentence. */
const loneStatements = (texts: string[]) => statementDetails(texts);
/** The same, with the first sentences of a and b aligned. */
const pairedStatements = (texts: string[]) => statementDetails(texts, () => 0);

describe('statements told by a sentence no other aligned with', () => {
  it('counts as carriers only the articles that say it plainly, once one does; the next sentence alone tells it in part', () => {
    const details = loneStatements([
      'The governor rejected the proposal to raise the fuel tax before the election.',
      'The state leader dismissed the plan to increase the fuel tax before the vote.',
      // the governor rejected something else; the fuel comes up in the next sentence
      'The governor rejected questions from reporters at the hearing. Fuel came up before the election.',
      'The governor spoke to reporters at the hearing.',
    ]);
    const tax = details.find((d) => /fuel tax/u.test(d.fact.text))!;
    expect(tax.fact.presentIn.sort()).toEqual(['a', 'b']);
    expect([...(tax.partial ?? [])]).toEqual(['c']);
  });
});

describe('sentences aligned for their words', () => {
  it('tell one claim only where a predicate of the one recurs at the other, not where it recurs beside the first', () => {
    const open = 'The Harbour Board put off the sale of the north pier on Monday after a long debate.';
    const held = 'A source close to the board said the board would not delay the pier sale again beyond June 1.';
    const texts = [
      // "meant" in the sentence after: another thing this article says, not the claim of the other's sentence
      `${open} ${held} Critics said that meant little.`,
      `${open} The decision means no new berth fee on the north pier for the ferry firms before June 1, a source close to the board said.`,
    ];
    const c = analyze(texts.map((text, i) => ({ id: `a${i}`, text })));
    expect(c.alignments.some((a) => a.members.some((m) => m.articleId === 'a0' && m.sentence === 1) && a.members.some((m) => m.articleId === 'a1'))).toBe(true);
    const fact = c.facts.find((f) => f.text === held)!;
    expect(fact.presentIn).toEqual(['a0']);
    expect(fact.partialIn).toEqual(['a1']);
  });
});

describe('sentences that share rare words', () => {
  it('tell one thing where a shared word is uncommon in English, not where the words are only rare in the set', () => {
    const details = loneStatements([
      'The mayor told the council after the long winter storm that it was time to get the harbour back to business and reopen the ferry piers.',
      // "time", "back" and "business": rare here, common anywhere
      'Dockers went back to work on the quay, where every business counts the time lost.',
      'Dana Brandt listed motorcycles and orange juice among the goods the council would tax.',
      'Lena Ortiz said duties on motorcycles, cheese and orange juice were possible.',
    ]);
    expect(details.find((d) => /back to business/u.test(d.fact.text))).toBeUndefined();
    expect(details.find((d) => /motorcycles/u.test(d.fact.text))!.fact.presentIn.sort()).toEqual(['c', 'd']);
  });
});

describe('a statement told in part', () => {
  it("is not told by a sentence that shares only the story's stock words with it, and is by one that says a word of its own", () => {
    // the board, the ferry and the pier in three sentences of every article: the story's stock
    const stock = (k: number) =>
      [
        ['The Harbour Board runs the ferry pier.', 'Ferry pier users wrote to the Harbour Board.', 'The Harbour Board thanked the ferry pier staff.'],
        ['The ferry pier belongs to the Harbour Board.', 'The Harbour Board sets the fares at the ferry pier.', 'Ferry pier crews met the Harbour Board.'],
        ['Ferry pier crews answer to the Harbour Board.', 'The Harbour Board printed a ferry pier map.', 'The Harbour Board hired ferry pier guards.'],
        ['The Harbour Board owns the ferry pier.', 'Ferry pier riders praised the Harbour Board.', 'The Harbour Board lit the ferry pier.'],
      ][k]!.join(' Gulls nested on the roof of the old customs house. ');
    const details = pairedStatements([
      `The Harbour Board voted on Tuesday to close the north ferry pier for repairs. ${stock(0)}`,
      `On Tuesday the Harbour Board voted to close the north ferry pier for repairs. ${stock(1)}`,
      // the board, the ferry and the pier, and nothing of the vote or the repairs ("north" is far from them)
      `The Harbour Board painted the ferry pier sign. Gulls nested on the old ferry. Boats wait in the north channel. Gulls nested on the roof of the old customs house. ${stock(2)}`,
      // the repairs, a word of the statement's own
      `Repairs at the ferry pier will cost the board more than planned. Gulls nested on the roof of the old customs house. ${stock(3)}`,
    ]);
    const vote = details.find((d) => /voted/u.test(d.fact.text))!;
    expect(vote.fact.presentIn).toEqual(['a', 'b']);
    expect([...(vote.partial ?? [])]).toEqual(['d']);
  });
});

describe('a statement an article says twice', () => {
  it('is one fact where the second telling repeats the first with a detail added, not a second fact for that detail', () => {
    const other = ['The mayor wants a new ferry pier before the summer season.', 'A winter storm closed the terminal for a day.', 'Tourism has fallen for three years.', 'The governor spoke to reporters at the hearing.'];
    const first = 'The harbour pilots backed the old ferry contract on Monday.';
    const again = 'In their first winter on the job, the harbour pilots backed the old ferry contract on Monday.';
    const details = loneStatements([
      `${first} ${other[0]} ${other[1]} ${again}`,
      `${other[2]} On Monday the harbour pilots backed the old ferry contract. ${other[3]}`,
      // the detail, which the second telling adds
      `${other[1]} In their first winter on the job, the harbour pilots spoke out on Monday. ${other[0]}`,
      `${other[3]} ${other[2]}`,
    ]);
    expect(details.find((d) => d.fact.text === first)!.fact.presentIn).toEqual(['a', 'b']);
    expect(details.find((d) => d.fact.text === again)).toBeUndefined();
  });
});
