/**
 * Statements that stand alone. A fact's text is one sentence of one article, and a box shows it without the
 * sentence before it: one that opens with "He" or "She" says nothing of whom. Where the sentence before names one
 * person and no one else, the pronoun gives way to that person's name in brackets, as a quotation is edited
 * ("[Dana Brandt] said the fees would rise."); where it names no one or several, another article that tells the
 * statement with the same pronoun may name the person in its sentence before; where none does, the text stays as
 * written. A statement that goes on from the sentence before it ("Yet they also claim …", "Now, it appears to …")
 * says nothing a reader can place alone: what an article leaves out of it is minor, folded away with the other minor
 * facts.
 */
import type { AlignmentResult, ComparableArticle } from './align';
import { shownSentence } from './carrier-claims';
import { articleNumbers } from './coverage';
import type { FactDetail } from './fact-table';
import { orderOmissions } from './importance';
import type { Omission, Sentence } from './types';

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
 * The person behind the opening `pronoun` of a statement's text: the one person the sentence before the shown one
 * names; else, where that names no one or several, the one every other carrier opening with the same pronoun points
 * to, where one or more of them point to one (they tell the same statement, so of the same person); else undefined.
 */
function personBehind(d: FactDetail, repId: string, pronoun: string, articles: readonly ComparableArticle[], articleNo: ReadonlyMap<string, number>): string | undefined {
  const at = (id: string) => d.fact.sentences[id]!;
  const own = onlyPersonBefore(articles[articleNo.get(repId)!]!, at(repId));
  if (own !== undefined) return own;
  let only: string | undefined;
  for (const id of d.fact.presentIn) {
    const article = articles[articleNo.get(id)!]!;
    if (id === repId || !article.sentences[at(id)]?.text.startsWith(pronoun)) continue;
    const name = onlyPersonBefore(article, at(id));
    if (name === undefined) continue;
    if (only !== undefined && only !== name) return undefined;
    only = name;
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
    if (!shown) continue;
    const name = personBehind(d, shown.repId, pronoun, articles, articleNo);
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

/** Words that tie a sentence to the one before it when they open it ("Yet …", "Now, …"). */
const CONNECTIVES = new Set(['and', 'but', 'yet', 'so', 'now', 'still', 'also', 'then', 'instead', 'meanwhile', 'however', 'moreover', 'indeed', 'thus', 'later']);
/** Subjects that point back to someone or something named before. */
const POINTING_BACK = new Set(['he', 'she', 'they', 'it', 'this', 'these', 'those']);
/** Words that open a clause: after them an "it" is the empty subject of a clause that says its own ("It is clear that …"). */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);
/** Words after "it" among which a clause opener makes it empty. */
const EMPTY_IT_REACH = 8;

/**
 * Whether a sentence goes on from the one before it, and cannot be read without it: it opens with a connective
 * ("Yet", "Now,") and then a subject that points back ("they", "it", "this" …; not an "it" that a clause of its own
 * follows, as in "it was reported that …" or "it is hard to say"). A sentence opening with a quotation is left
 * alone: the quotation is someone's, and the article names whose.
 */
export function continuesSentenceBefore(sentence: Pick<Sentence, 'text' | 'tokens'>): boolean {
  if (/^\s*["“‘']/u.test(sentence.text)) return false;
  const words = sentence.tokens.filter((t) => t.pos !== 'PUNCT');
  if (!words[0] || !CONNECTIVES.has(words[0].norm)) return false;
  const subject = words[1];
  if (!subject || !POINTING_BACK.has(subject.norm)) return false;
  if (subject.norm !== 'it') return true;
  const after = words.slice(2, 2 + EMPTY_IT_REACH);
  const adjectiveTo = after.some((t, k) => t.pos === 'ADJ' && after[k + 1]?.norm === 'to');
  return !adjectiveTo && !after.some((t) => CLAUSE_OPENERS.has(t.norm));
}

/**
 * Makes minor what an article leaves out of a statement that goes on from the sentence before it
 * (continuesSentenceBefore), as its box shows it: after nameOpeningPronouns, which names a person where it can.
 */
export function foldContinuations(details: readonly FactDetail[], omissions: Record<string, Omission[]>, alignment: AlignmentResult): void {
  const articleNo = articleNumbers(alignment);
  const folded = new Set<string>();
  for (const d of details) {
    if (d.fact.kind !== 'statement') continue;
    const shown = shownSentence(d, alignment, articleNo);
    if (shown && continuesSentenceBefore(shown.rep.sentence)) folded.add(d.fact.id);
  }
  if (!folded.size) return;
  for (const list of Object.values(omissions)) {
    let changed = false;
    for (const o of list) {
      if (o.minor || !folded.has(o.factId)) continue;
      o.minor = true;
      changed = true;
    }
    if (changed) orderOmissions(list);
  }
}
