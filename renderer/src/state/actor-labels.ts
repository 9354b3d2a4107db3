import type { ArticleAnalysis, Concept } from '../../../engine/index';
import { actorRows, type ActorRow } from './summaries';

/** One label an article gives an actor, and whether the other articles that name the actor give it too. */
export interface LabelUse {
  text: string;
  /** False when every article naming the actor uses this label: a shared title is context, not framing. */
  differs: boolean;
}

/** An actor across the articles: the labels each one uses, and whether they differ anywhere. */
export interface LabelRow extends ActorRow {
  labels: Map<string, LabelUse[]>;
  differs: boolean;
}

const LEADING_DETERMINER = /^(?:the|a|an|our|his|her|their)\s+/iu;
const SPACES = /\s+/gu;

/** How labels compare: case, a leading "the" and spacing aside ("The president" = "the President"). */
export function labelKey(label: string): string {
  return label.replace(LEADING_DETERMINER, '').replace(SPACES, ' ').trim().toLowerCase();
}

/**
 * The labels of each actor per article (descriptors before its name and the words of its nominal mentions,
 * "the dictator"), each marked as differing unless every article that names the actor uses it.
 */
export function labelRows(articles: readonly ArticleAnalysis[]): LabelRow[] {
  return actorRows(articles, 1).map((row) => {
    const labels = new Map<string, LabelUse[]>();
    const keysPer = new Map<string, Set<string>>();
    for (const [articleId, actor] of row.per) {
      const seen = new Map<string, string>();
      for (const text of [...actor.labels, ...actor.mentions.flatMap((m) => (m.label ? [m.label] : []))]) {
        const key = labelKey(text);
        if (key && !seen.has(key)) seen.set(key, text);
      }
      keysPer.set(articleId, new Set(seen.keys()));
      labels.set(
        articleId,
        [...seen].map(([, text]) => ({ text, differs: false })),
      );
    }
    let differs = false;
    for (const [articleId, uses] of labels) {
      for (const use of uses) {
        use.differs = [...keysPer.entries()].some(([other, keys]) => other !== articleId && !keys.has(labelKey(use.text)));
        differs ||= use.differs;
      }
    }
    // An article that names the actor with no label at all differs from one that labels it.
    if (!differs && row.per.size > 1)
      differs = [...labels.values()].some((u) => u.length === 0) && [...labels.values()].some((u) => u.length > 0);
    return {
      ...row,
      labelled: row.labelled || [...labels.values()].some((u) => u.length > 0),
      labels,
      differs,
    };
  });
}

/** A concept across the articles: the namings each one uses, marked as in labelRows. */
export interface ConceptRow {
  id: string;
  name: string;
  namings: Map<string, LabelUse[]>;
}

/** Each concept's namings per article (at most `max` each, most used first), differing unless all its outlets use them. */
export function conceptRows(concepts: readonly Concept[], max = 4): ConceptRow[] {
  return concepts.map((c) => {
    const counts = new Map<string, Map<string, { text: string; n: number }>>();
    for (const m of c.mentions) {
      const per = counts.get(m.articleId) ?? new Map<string, { text: string; n: number }>();
      const key = labelKey(m.text);
      const entry = per.get(key) ?? { text: m.text, n: 0 };
      entry.n++;
      per.set(key, entry);
      counts.set(m.articleId, per);
    }
    const namings = new Map<string, LabelUse[]>();
    for (const [articleId, per] of counts) {
      const top = [...per].sort((a, b) => b[1].n - a[1].n).slice(0, max);
      namings.set(
        articleId,
        top.map(([key, { text }]) => ({
          text,
          differs: [...counts].some(([other, o]) => other !== articleId && !o.has(key)),
        })),
      );
    }
    return { id: c.id, name: c.name, namings };
  });
}
