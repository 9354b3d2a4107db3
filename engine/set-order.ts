/**
 * The order a set is analysed in. Several stages are greedy (actor linking, sentence groups, fact clusters), so
 * their outcome could depend on the order a reader happened to open the files in; analysing every set in an
 * order fixed by the texts themselves gives one result per set. The result is then put back in the reader's order.
 */
import type { ArticleInput, Comparison } from './types';

/** FNV-1a over the text's UTF-16 code units: a cheap key that depends on the words only, not on names or order. */
function textKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Indices of `inputs` in the order they are analysed: by their text's key, then (identical texts) by id. */
export function analysisOrder(inputs: readonly ArticleInput[]): number[] {
  const keys = inputs.map((a) => textKey(a.text));
  return inputs
    .map((_, i) => i)
    .sort((a, b) => keys[a]! - keys[b]! || (inputs[a]!.id < inputs[b]!.id ? -1 : inputs[a]!.id > inputs[b]!.id ? 1 : a - b));
}

/** Puts a comparison made in analysis order back in the reader's order: articles, and every list of article ids. */
export function inReaderOrder(c: Comparison, ids: readonly string[]): Comparison {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const r = (id: string) => rank.get(id) ?? ids.length;
  // most lists are in the reader's order already (a stable sort would leave them as they are): those are not sorted
  const inOrder = <T>(list: readonly T[], id: (x: T) => string): boolean => {
    for (let k = 1; k < list.length; k++) if (r(id(list[k - 1]!)) > r(id(list[k]!))) return false;
    return true;
  };
  const self = (id: string) => id;
  const sortIds = (list: string[]) => (inOrder(list, self) ? list : list.sort((a, b) => r(a) - r(b)));
  const byArticle = <T extends { articleId: string }>(list: T[]) => (inOrder(list, (x) => x.articleId) ? list : list.sort((a, b) => r(a.articleId) - r(b.articleId)));
  const sortRecord = <V>(rec: Record<string, V>): Record<string, V> => {
    const entries = Object.entries(rec);
    return inOrder(entries, ([id]) => id) ? rec : Object.fromEntries(entries.sort(([a], [b]) => r(a) - r(b)));
  };

  const articles = [...c.articles].sort((a, b) => r(a.id) - r(b.id));
  for (const a of articles) {
    for (const o of a.omissions) {
      sortIds(o.presentIn);
      if (o.partialIn) sortIds(o.partialIn);
    }
  }
  for (const f of c.facts) {
    sortIds(f.presentIn);
    if (f.omittedBy) sortIds(f.omittedBy);
    if (f.partialIn) sortIds(f.partialIn);
    f.sentences = sortRecord(f.sentences);
  }
  for (const a of c.alignments) {
    byArticle(a.members);
    byArticle(a.differences);
  }
  for (const x of c.contradictions) byArticle(x.values);
  for (const x of c.concepts ?? []) byArticle(x.mentions);
  const stories = c.stories?.map(sortIds).sort((a, b) => r(a[0]!) - r(b[0]!));
  const articleIds = articles.map((a) => a.id);
  const matrix = c.facts.map((f) => {
    const present = new Set(f.presentIn);
    return articleIds.map((id) => present.has(id));
  });
  return { ...c, articles, coverage: { factIds: c.coverage.factIds, articleIds, matrix }, ...(stories ? { stories } : {}) };
}
