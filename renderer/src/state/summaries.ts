import type { Actor, ArticleAnalysis, AttributionClass, Omission, Span } from '../../../engine/index';

/** One actor across the articles: how each article names it. */
export interface ActorRow {
  id: string;
  name: string;
  per: Map<string, Actor>;
  mentions: number;
  labelled: boolean;
}

/** Actors across articles, most widely named first; `min` articles must name each. */
export function actorRows(articles: readonly ArticleAnalysis[], min = 2): ActorRow[] {
  const byId = new Map<string, ActorRow>();
  for (const a of articles) {
    for (const actor of a.actors) {
      const row = byId.get(actor.id) ?? { id: actor.id, name: actor.name, per: new Map<string, Actor>(), mentions: 0, labelled: false };
      row.per.set(a.id, actor);
      row.mentions += actor.mentions.length;
      row.labelled ||= actor.labels.length > 0;
      byId.set(actor.id, row);
    }
  }
  return [...byId.values()].filter((r) => r.per.size >= min).sort((a, b) => b.per.size - a.per.size || b.mentions - a.mentions);
}

/** Per article and attribution class: each verb the outlet itself uses (outside quotes) and how often. */
export function attributionVerbs(article: ArticleAnalysis): Map<AttributionClass, [string, number][]> {
  const per = new Map<AttributionClass, Map<string, number>>();
  for (const h of article.attributions ?? article.highlights) {
    if (h.category !== 'attribution' || h.quoted) continue;
    const cls = h.attribution ?? 'neutral';
    const verbs = per.get(cls) ?? new Map<string, number>();
    const word = h.text.toLowerCase();
    verbs.set(word, (verbs.get(word) ?? 0) + 1);
    per.set(cls, verbs);
  }
  return new Map([...per.entries()].map(([cls, verbs]) => [cls, [...verbs.entries()]]));
}

/**
 * Omitted facts by the paragraph after which a column shows them (-1: before the first paragraph).
 * An omission anchored after sentence n goes after the paragraph holding sentence n.
 */
export function omissionsByParagraph(paragraphs: readonly Span[], headline: number, analysis: ArticleAnalysis): Map<number, Omission[]> {
  const out = new Map<number, Omission[]>();
  const paragraphOf = (sentence: number): number => {
    if (sentence < 0) return headline === 0 ? 0 : -1;
    const s = analysis.sentences[sentence];
    if (!s) return paragraphs.length - 1;
    let found = -1;
    paragraphs.forEach((p, i) => {
      if (p.start <= s.start) found = i;
    });
    return found;
  };
  for (const o of analysis.omissions ?? []) {
    const p = paragraphOf(o.anchor.afterSentence);
    const list = out.get(p);
    if (list) list.push(o);
    else out.set(p, [o]);
  }
  return out;
}
