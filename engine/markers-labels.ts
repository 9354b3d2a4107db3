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
        const reason = `Label: '${label}' for ${actor.name}, where ${articlesUsing === 1 ? '1 other writes' : `${articlesUsing} others write`} ${words}: a more charged word for the same role`;
        for (const m of actor.mentions) placeLabel(a, label, m.start, m.sentence, reason);
      }
    }
  }
}

/** Puts a label mark on the label written right before a mention, replacing a mark on the same words. */
function placeLabel(a: LabelledArticle, label: string, mentionStart: number, sentence: number, reason: string): void {
  const s = a.sentences[sentence];
  if (!s) return;
  const start = mentionStart - label.length - 1;
  if (start < s.start || s.text.slice(start - s.start, start - s.start + label.length) !== label) return;
  const end = start + label.length;
  const clashing = a.highlights.filter((x) => x.start < end && x.end > start);
  if (clashing.some((x) => x.category === 'headline' || x.category === 'emphasis' || x.category === 'attribution')) return;
  const kept = a.highlights.filter((x) => !clashing.includes(x));
  const quoted = clashing.find((x) => x.quoted)?.quoted;
  const mark: Highlight = { start, end, text: label, category: 'label', reason };
  if (quoted) mark.quoted = quoted;
  kept.push(mark);
  kept.sort((x, y) => x.start - y.start);
  a.highlights.splice(0, a.highlights.length, ...kept);
}
