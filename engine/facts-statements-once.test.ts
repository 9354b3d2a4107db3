import { describe, expect, it } from 'vitest';
import { align, type AlignmentResult } from './align';
import { ArticleIndex } from './coverage';
import { FactTable } from './fact-table';
import { comparable, filler } from './test-text';
import { statementFacts } from './facts-statements';

/** The statement facts of articles a, b, c…: the sentences of a and b that hold `pair` aligned, every other one alone. */
function pairedOn(pair: string, texts: string[]) {
  const r = align(texts.map((t, i) => comparable(String.fromCharCode(97 + i), `${t} ${filler(i + 1)}`)));
  const at = [0, 1].map((x) => r.prepared[x]!.findIndex((s) => s.sentence.text.includes(pair)));
  const groups: AlignmentResult['groups'] = [{ id: 'g0', members: [r.prepared[0]![at[0]!]!, r.prepared[1]![at[1]!]!], similarity: 1 }];
  const groupOf = r.prepared.map((sentences, x) =>
    sentences.map((s, i) => {
      if (x < 2 && i === at[x]) return 0;
      groups.push({ id: `g${groups.length}`, members: [s], similarity: 1 });
      return groups.length - 1;
    }),
  );
  const alignment: AlignmentResult = { ...r, groups, groupOf };
  const table = new FactTable(alignment);
  statementFacts(table, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
  return table.details;
}

describe('one thing said, told by two sentences', () => {
  it('makes one statement fact: the longer telling, with an act of its own, is no second fact carried by the shorter', () => {
    const details = pairedOn('banners', [
      'After the ferry deal was made, Dana Brandt asked: "Anybody any good at painting banners?" she wrote. Dock workers in Port Vantor reacted with a march.',
      // the same question, reported with more words and another verb ("reacted … by asking")
      'Dana Brandt, a councillor from the opposition Harbour Party, reacted on social media by asking whether anyone she knew was "good at painting banners," or the signs carried at marches.',
      'Lena Ortiz said the ferry deal would bring trade to Port Vantor.',
      'Tomas Lee said the ferry deal would bring trade to Port Vantor.',
    ]);
    const banners = details.filter((d) => /banners/u.test(d.fact.text));
    expect(banners.map((d) => d.fact.presentIn.sort())).toEqual([['a', 'b']]);
  });
});
