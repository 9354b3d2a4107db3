/**
 * Importance of facts: how widely the story's articles carry a fact, whether it involves the actors most of them
 * name, whether it holds a figure, and whether it belongs to the main event (told in the headline or the lead).
 */
import type { AlignmentResult } from './align';
import { articleNumbers } from './coverage';
import type { FactDetail } from './fact-table';
import type { Omission } from './types';

/** Sentences from the top of an article that tell the main event: the headline and the lead. */
const LEAD = 3;
/** Importance under which an omission is minor: folded away until the reader asks. */
export const MINOR_BELOW = 0.35;

/** Sets `fact.importance` (0..1) on every fact of one story. */
export function rankFacts(details: FactDetail[], alignment: AlignmentResult): void {
  const n = alignment.prepared.length;
  if (!n) return;
  const articleNo = articleNumbers(alignment);
  // the main actors: named in at least half of the story's articles
  const articlesNaming = new Map<string, number>();
  for (const sentences of alignment.prepared) {
    const seen = new Set<string>();
    for (const s of sentences) for (const a of s.actors) seen.add(a);
    for (const a of seen) articlesNaming.set(a, (articlesNaming.get(a) ?? 0) + 1);
  }
  const main = new Set([...articlesNaming].filter(([, k]) => n > 1 && k >= Math.max(2, n / 2)).map(([a]) => a));
  for (const d of details) {
    const f = d.fact;
    const spread = n > 1 ? (f.presentIn.length - 1) / (n - 1) : 0;
    let actors = false;
    let lead = false;
    for (const [id, at] of Object.entries(f.sentences)) {
      const s = alignment.prepared[articleNo.get(id)!]?.[at];
      if (!s) continue;
      if (s.actors.some((a) => main.has(a)) || (d.person?.actor !== undefined && main.has(d.person.actor))) actors = true;
      if (at < LEAD || s.sentence.heading) lead = true;
    }
    const figure = f.kind === 'number' || (d.figures?.length ?? 0) > 0;
    const score = 0.45 * spread + 0.2 * (actors ? 1 : 0) + 0.15 * (figure ? 1 : 0) + 0.2 * (lead ? 1 : 0);
    f.importance = Math.round(score * 100) / 100;
  }
}

/**
 * Gives each omission its fact's importance and says whether it is minor, the important ones first (each keeps its
 * place in the text through its anchor). A statement no other article says as plainly as a carrier must (found only
 * through the next sentence or loose near-synonyms) may be told in the other articles in other words, or not at
 * all: what it leaves out is minor, whatever its rank. So is a statement fewer than `threshold` others carry, which
 * is left out only because others tell it in part.
 */
export function rankOmissions(omissions: Record<string, Omission[]>, details: readonly FactDetail[], threshold = 0): void {
  const importance = new Map(details.map((d) => [d.fact.id, d.fact.importance ?? 0]));
  const loose = new Set(details.filter((d) => d.loose).map((d) => d.fact.id));
  for (const list of Object.values(omissions)) {
    for (const o of list) {
      o.importance = importance.get(o.factId) ?? 0;
      o.minor = o.importance < MINOR_BELOW || loose.has(o.factId) || o.presentIn.length < threshold;
    }
    orderOmissions(list);
  }
}

/** An article's omissions in the order its column lists them: the important ones first, each by its fact's importance. */
export function orderOmissions(list: Omission[]): void {
  list.sort((a, b) => Number(a.minor) - Number(b.minor) || b.importance! - a.importance!);
}
