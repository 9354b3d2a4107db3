import { describe, expect, it } from 'vitest';
import { align, type AlignmentResult, type ComparableArticle } from './align';
import { buildArticle } from './article';
import { ArticleIndex } from './coverage';
import { FactTable } from './fact-table';
import { statementFacts } from './facts-statements';

/** Sentences about something else, so that the words of the story are rare. */
const filler = (k: number) => Array.from({ length: 15 }, (_, i) => `Residents of ward ${k * 20 + i} asked about buses, parks and libraries at the hearing.`).join(' ');

function article(id: string, text: string): ComparableArticle {
  const model = buildArticle({ id, text });
  return { id, text, sentences: model.sentences, quotes: model.quotes, actors: [] };
}

/**
 * The statement facts of articles a, b, c… with their sentences aligned as `together` says (sentence 0 of articles a
 * and b: 'a0 b0') and every other sentence alone: a lone sentence.
 */
function statementsOf(texts: string[], together: string[] = []) {
  const r = align(texts.map((t, i) => article(String.fromCharCode(97 + i), `${t} ${filler(i + 1)}`)));
  const groups: AlignmentResult['groups'] = [];
  const groupOf = r.prepared.map((sentences) => sentences.map(() => -1));
  for (const spec of together) {
    const members = spec.split(' ').map((m) => r.prepared[m.charCodeAt(0) - 97]![Number(m.slice(1))]!);
    for (const m of members) groupOf[m.article]![m.sentence.index] = groups.length;
    groups.push({ id: `g${groups.length}`, members, similarity: 1 });
  }
  r.prepared.forEach((sentences, x) =>
    sentences.forEach((s, i) => {
      if (groupOf[x]![i]! >= 0) return;
      groupOf[x]![i] = groups.length;
      groups.push({ id: `g${groups.length}`, members: [s], similarity: 1 });
    }),
  );
  const alignment: AlignmentResult = { ...r, groups, groupOf };
  const table = new FactTable(alignment);
  statementFacts(table, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
  return table.details;
}

describe('statements told by a sentence no other aligned with', () => {
  it('counts as carriers only the articles that say it plainly, once one does; the next sentence alone tells it in part', () => {
    const details = statementsOf([
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

describe('a statement no sentence aligned with', () => {
  it('is told in part where an article says a part of what it says, not where it only names the same people', () => {
    const details = statementsOf([
      'Harbour Board chair Dana Brandt said ferry fares would rise by a third in the spring.',
      'Members heard from Dana Brandt, the Harbour Board chair, that ferry fares would go up by a third in the spring, and that the old pier would close.',
      // the same people, with their titles, and nothing of what was said of them
      'On Monday, Harbour Board chair Dana Brandt opened the meeting with a minute of silence.',
      // a part of what was said
      'Members heard that ferry fares would rise in the spring.',
    ]);
    const fares = details.find((d) => /fares would rise by a third/u.test(d.fact.text))!;
    expect(fares.fact.presentIn.sort()).toEqual(['a', 'b']);
    expect([...(fares.partial ?? [])]).toEqual(['d']);
  });
});

describe('a statement several articles tell in aligned sentences', () => {
  it('is told in part where an article says a part of what it says, not where it only names the same people', () => {
    const details = statementsOf(
      [
        'Harbour Board chair Dana Brandt said ferry fares would rise by a third in the spring.',
        'Harbour Board chair Dana Brandt said ferry fares would rise by a third next spring.',
        // the same people, with their titles, and nothing of what was said of them
        'On Monday, Harbour Board chair Dana Brandt opened the meeting with a minute of silence.',
        // a part of what was said
        'Members heard that ferry fares would rise in the spring.',
      ],
      ['a0 b0'],
    );
    const fares = details.find((d) => /fares would rise/u.test(d.fact.text))!;
    expect(fares.fact.presentIn.sort()).toEqual(['a', 'b']);
    expect([...(fares.partial ?? [])]).toEqual(['d']);
  });
});

describe('sentences that share rare words', () => {
  it('tell one thing where a shared word is uncommon in English, not where the words are only rare in the set', () => {
    const details = statementsOf([
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
