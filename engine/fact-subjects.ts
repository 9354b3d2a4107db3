/**
 * Statements that stand alone. A fact's text is one sentence of one article, and a box shows it without the
 * sentence before it: one that opens with "He" or "She" says nothing of whom. Where the sentence before names one
 * person and no one else, the pronoun gives way to that person's name in brackets, as a quotation is edited
 * ("[Dana Brandt] said the fees would rise."); where it names no one or several, the text stays as written.
 */
import type { AlignmentResult, ComparableArticle } from './align';
import { shownSentence } from './carrier-claims';
import { articleNumbers } from './coverage';
import type { FactDetail } from './fact-table';
import type { Omission } from './types';

/** "He" or "She" opening a sentence, and the space after it. */
const OPENING_PRONOUN = /^(?:He|She)\s/u;

/**
 * The name of the one person the sentence before sentence `at` of `article` names (by any mention the article's
 * actors hold), or undefined where it names none or several.
 */
function onlyPersonBefore(article: ComparableArticle, at: number): string | undefined {
  if (at < 1) return undefined;
  let only: string | undefined;
  for (const actor of article.actors ?? []) {
    if (actor.kind !== 'person' || !actor.mentions.some((m) => m.sentence === at - 1)) continue;
    if (only !== undefined) return undefined;
    only = actor.name;
  }
  return only;
}

/**
 * Names the person behind an opening "He" or "She" in each statement's text and in the boxes that show it (see the
 * module's note). Runs once the omissions are found: their finding matches statement texts to sentences.
 */
export function nameOpeningPronouns(details: readonly FactDetail[], omissions: Record<string, Omission[]>, articles: readonly ComparableArticle[], alignment: AlignmentResult): void {
  const articleNo = articleNumbers(alignment);
  const renamed = new Map<string, { from: string; to: string }>();
  for (const d of details) {
    const f = d.fact;
    if (f.kind !== 'statement') continue;
    const pronoun = OPENING_PRONOUN.exec(f.text)?.[0];
    if (!pronoun) continue;
    const shown = shownSentence(d, alignment, articleNo);
    const name = shown && onlyPersonBefore(articles[articleNo.get(shown.repId)!]!, shown.rep.sentence.index);
    if (name === undefined) continue;
    const to = `[${name}] `;
    f.text = to + f.text.slice(pronoun.length);
    renamed.set(f.id, { from: pronoun, to });
  }
  if (!renamed.size) return;
  for (const list of Object.values(omissions)) {
    for (const o of list) {
      const r = renamed.get(o.factId);
      if (r && o.text.startsWith(r.from)) o.text = r.to + o.text.slice(r.from.length);
    }
  }
}
