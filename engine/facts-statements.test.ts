import { describe, expect, it } from 'vitest';
import { align, type AlignmentResult } from './align';
import { ArticleIndex } from './coverage';
import { FactTable } from './fact-table';
import { comparable, filler } from './test-text';
import { statementFacts } from './facts-statements';


/** The statement facts of articles a, b, c… whose sentences no alignment put together: every one a lone sentence. */
function loneStatements(texts: string[]) {
  const r = align(texts.map((t, i) => comparable(String.fromCharCode(97 + i), `${t} ${filler(i + 1)}`)));
  const groups: AlignmentResult['groups'] = [];
  const groupOf = r.prepared.map((sentences) =>
    sentences.map((s) => {
      groups.push({ id: `g${groups.length}`, members: [s], similarity: 1 });
      return groups.length - 1;
    }),
  );
  const alignment: AlignmentResult = { ...r, groups, groupOf };
  const table = new FactTable(alignment);
  statementFacts(table, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
  return table.details;
}

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
