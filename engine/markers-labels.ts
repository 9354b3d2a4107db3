/** Labels outlets put on the same actor: a charged label where other outlets use a plainer word for that actor is a mark naming their words. */
import { LAUDATORY, PEJORATIVE } from './lexicon/descriptors';
import { LOADED } from './lexicon/framing';
import { AFINN } from './sentiment';
import type { Actor, Highlight, Sentence } from './types';
import { SAME_THING } from './word-choice';
import { wordVectors, type WordVectors } from './word-vectors';

/** What the step reads and extends: actors linked across articles (same id, same actor) and each article's marks. */
export interface LabelledArticle {
  id: string;
  sentences: readonly Sentence[];
  actors: readonly Actor[];
  highlights: Highlight[];
}

const head = (label: string) => label.toLowerCase().split(/[\s-]+/u).at(-1) ?? '';

function charge(word: string): number {
  const listed = PEJORATIVE.has(word) || LAUDATORY.has(word) || LOADED[word] !== undefined;
  return (listed ? 1 : 0) + Math.abs(AFINN.get(word) ?? 0) / 5;
}

/**
 * Marks a label ("dictator Kim Jong Un") where other articles call the same actor by a plainer word for the
 * same role ("leader", word vectors: cosine ≥ SAME_THING), with a reason naming their words. Plain titles
 * that every outlet shares stay unmarked. Changes `highlights` in place, which stay sorted and disjoint.
 */
export function markLabelDifferences(articles: LabelledArticle[], vectors: WordVectors = wordVectors()): void {
  const byActor = new Map<string, { article: string; label: string; head: string }[]>();
  for (const a of articles) {
    for (const actor of a.actors) {
      for (const label of actor.labels) {
        const list = byActor.get(actor.id) ?? [];
        list.push({ article: a.id, label, head: head(label) });
        byActor.set(actor.id, list);
      }
    }
  }
  for (const a of articles) {
    const marks: Highlight[] = [];
    for (const actor of a.actors) {
      const all = byActor.get(actor.id) ?? [];
      for (const label of new Set(actor.labels)) {
        const h = head(label);
        const others = all.filter((l) => l.article !== a.id);
        if (!others.length || others.some((l) => l.head === h)) continue;
        const plainer = others.filter((l) => (vectors.similarity(h, l.head) ?? 0) >= SAME_THING && charge(h) >= charge(l.head) + 0.5);
        if (!plainer.length) continue;
        const articlesUsing = new Set(plainer.map((l) => l.article)).size;
        const words = [...new Set(plainer.map((l) => `'${l.head}'`))].join(' or ');
        const word = label.split(/[\s-]+/u).at(-1) ?? label;
        const reason = `Label: '${word}' for ${actor.name}, where ${articlesUsing === 1 ? '1 other writes' : `${articlesUsing} others write`} ${words}: a more charged word for the same role`;
        for (const m of actor.mentions) {
          const mark = labelBefore(a, label, word, m.start, m.sentence, reason);
          if (mark) marks.push(mark);
        }
      }
    }
    if (marks.length) place(a, marks);
  }
}

/** A label mark on the charged word of the label written right before a mention ("dictator" of "North Korean dictator"), if it is there. */
function labelBefore(a: LabelledArticle, label: string, word: string, mentionStart: number, sentence: number, reason: string): Highlight | undefined {
  const s = a.sentences[sentence];
  const start = mentionStart - label.length - 1;
  if (!s || start < s.start || s.text.slice(start - s.start, start - s.start + label.length) !== label) return undefined;
  const wordStart = start + label.length - word.length;
  return { start: wordStart, end: wordStart + word.length, text: word, category: 'label', reason };
}

/**
 * Puts label marks among the article's marks in one sorted pass: a label replaces loaded, hedge, intensifier
 * and label marks on its words, and yields to headline, emphasis and attribution marks.
 */
function place(a: LabelledArticle, marks: Highlight[]): void {
  marks.sort((x, y) => x.start - y.start);
  const old = a.highlights;
  const out: Highlight[] = [];
  let i = 0;
  let lastEnd = -1;
  for (const mark of marks) {
    if (mark.start < lastEnd) continue;
    while (i < old.length && old[i]!.end <= mark.start) out.push(old[i++]!);
    let j = i;
    let blocked = false;
    let quoted: Highlight['quoted'];
    while (j < old.length && old[j]!.start < mark.end) {
      const c = old[j]!.category;
      if (c === 'headline' || c === 'emphasis' || c === 'attribution') blocked = true;
      quoted ??= old[j]!.quoted;
      j++;
    }
    if (blocked) continue;
    if (quoted) mark.quoted = quoted;
    out.push(mark);
    lastEnd = mark.end;
    i = j;
  }
  while (i < old.length) out.push(old[i++]!);
  a.highlights.length = 0;
  for (const h of out) a.highlights.push(h);
}
