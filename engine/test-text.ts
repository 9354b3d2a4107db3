/** Text for the engine's unit tests: invented sentences only. */
import { align, type AlignmentResult, type ComparableArticle, type PreparedSentence } from './align';
import { buildArticle } from './article';
import { ArticleIndex } from './coverage';
import { FactTable, type FactDetail } from './fact-table';
import type { Fact } from './types';
import { statementFacts } from './facts-statements';

/** Fifteen sentences about something else, so that the words of the story are rare in a test set. */
export const filler = (k: number): string =>
  Array.from({ length: 15 }, (_, i) => `Residents of ward ${k * 20 + i} asked about buses, parks and libraries at the hearing.`).join(' ');

/** An article as the comparison reads it, built from its text. */
export function comparable(id: string, text: string): ComparableArticle {
  const model = buildArticle({ id, text });
  return { id, text, sentences: model.sentences, quotes: model.quotes, actors: [] };
}

/**
 * The statement facts of articles a, b, c… (each text followed by filler): every sentence a group of its own, except
 * that `paired`, where given, picks one sentence of a and one of b that form one group.
 */
export function statementDetails(texts: string[], paired?: (sentences: readonly PreparedSentence[]) => number): FactDetail[] {
  const r = align(texts.map((t, i) => comparable(String.fromCharCode(97 + i), `${t} ${filler(i + 1)}`)));
  const at = paired ? [0, 1].map((x) => paired(r.prepared[x]!)) : [];
  const groups: AlignmentResult['groups'] = paired ? [{ id: 'g0', members: [r.prepared[0]![at[0]!]!, r.prepared[1]![at[1]!]!], similarity: 1 }] : [];
  const groupOf = r.prepared.map((sentences, x) =>
    sentences.map((s, i) => {
      if (paired && x < 2 && i === at[x]) return 0;
      groups.push({ id: `g${groups.length}`, members: [s], similarity: 1 });
      return groups.length - 1;
    }),
  );
  const alignment: AlignmentResult = { ...r, groups, groupOf };
  const table = new FactTable(alignment);
  statementFacts(table, alignment, alignment.prepared.map((p) => new ArticleIndex(p)));
  return table.details;
}

/**
 * A fact shown by the first sentence of the first article (by its text, or by `text`), listed as carried by the first
 * sentence of every other article: the carrier list a check is then run on.
 */
export function listedFact(alignment: AlignmentResult, kind: Fact['kind'], text?: string): { table: FactTable; d: FactDetail } {
  const table = new FactTable(alignment);
  const rep = alignment.prepared[0]![0]!;
  const d = table.carry('test', kind, rep, () => text ?? rep.sentence.text.trim());
  for (const sentences of alignment.prepared.slice(1)) table.add(d, sentences[0]!);
  return { table, d };
}
