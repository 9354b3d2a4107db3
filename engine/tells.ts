/** Whether an article tells a fact: carries it (in its own words too), tells it in part, or leaves it out. */
import { featureOfWord, type AlignmentResult, type PreparedSentence } from './align';
import { stemFeature, uncommonInEnglish } from './features';
import { isNewsroomFormula } from './newsroom';
import { oppositePolarity } from './carrier-claims';
import { ROLE_WORDS } from './lexicon/roles';
import { stem } from './tokens';
import { articleNumbers, compile, compiled, RARE_SHARED, statementScore, statementVerdict, TELLS_IN_PART, TO_CARRY, type ArticleIndex, type CoreFeature } from './coverage';
import type { FactDetail, FactTable } from './fact-table';
import { numberHead } from './facts-numbers';
import { contentStems } from './facts-quotes';
import { datesCompatible, figuresAgree } from './numbers';

const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/u;
/** Share of a quote's content words that counts as reporting it in other words. */
const QUOTE_COVERED = 0.45;

/** How an article tells a fact, and in which sentence. */
export interface Telling {
  verdict: 'carries' | 'part' | 'none';
  sentence: number;
}
const NONE: Telling = { verdict: 'none', sentence: -1 };

/** The content stems of a quote fact's text, worked out once per fact rather than once per article asked about. */
const stemsOfQuote = new WeakMap<FactDetail, readonly string[]>();
function quoteStems(d: FactDetail): readonly string[] {
  let stems = stemsOfQuote.get(d);
  if (!stems) stemsOfQuote.set(d, (stems = contentStems(d.fact.text)));
  return stems;
}

/** Sentence of `article` in alignment group g, or -1. */
export function memberIn(alignment: AlignmentResult, g: number, article: number, cache: Map<number, Map<number, number>>): number {
  let m = cache.get(g);
  if (!m) {
    m = new Map(alignment.groups[g]!.members.map((x) => [x.article, x.sentence.index]));
    cache.set(g, m);
  }
  return m.get(article) ?? -1;
}

/**
 * How article x tells fact d: numbers by any wording of the figure that counts the same thing, dates by a
 * compatible date, people by name or actor, quotes by most of their words, statements by most of their weight.
 */
export function tells(
  d: FactDetail,
  x: number,
  alignment: AlignmentResult,
  index: ArticleIndex,
  groupCache: Map<number, Map<number, number>>,
  articleNo: (id: string) => number,
): Telling {
  let alignedCache: number[] | undefined;
  const aligned = () => (alignedCache ??= d.groups.map((g) => memberIn(alignment, g, x, groupCache)).filter((i) => i >= 0));
  switch (d.fact.kind) {
    case 'number': {
      const q = d.quantity!;
      if (q.kind !== 'date') {
        // "below 50 percent" tells, less precisely, "47%"; "39 years" tells "four decades"; a figure that counts
        // something else ("200 demonstrators" for "200 migrants") does not; another figure of the same thing in the
        // aligned sentence is a disagreement, which contradictions show, not an omission
        const head = d.head ?? '';
        // figures the carrying sentences give themselves are other facts ("from 145% to 30%")
        const told = new Set<string>();
        for (const [id, at] of Object.entries(d.fact.sentences)) for (const o of alignment.prepared[articleNo(id)]![at]!.quantities) told.add(o.key);
        const about = relatedTo(d, alignment, articleNo);
        const related = (i: number) => about(alignment.prepared[x]![i]!.features);
        let part = -1;
        for (const { q: o, i } of index.figuresOf(q.kind)) {
          const other = head ? numberHead(alignment.prepared[x]![i]!.sentence, o.start, o.end) : '';
          const near = aligned().includes(i) || related(i);
          // a figure of something else never carries the fact; in a sentence about the same thing ("19-0 vote",
          // "all 19 members") it may tell it in part
          if (head && other && other !== head) {
            if (near && figuresAgree(o, q)) part = i;
            continue;
          }
          if (o.key === q.key || (figuresAgree(o, q) && !o.bound && near)) return { verdict: 'carries', sentence: i };
          if (figuresAgree(o, q) || (head !== '' && other === head && !o.bound && !told.has(o.key) && aligned().includes(i))) part = i;
        }
        if (part >= 0) return { verdict: 'part', sentence: part };
        // the sentence that tells it, with no figure of the kind at all: told in part, without its number (one
        // that gives another figure, "to 30%" beside "from 145% to 30%", leaves the number out)
        const bare = aligned().find((i) => !alignment.prepared[x]![i]!.quantities.some((o) => o.kind === q.kind));
        return bare === undefined ? NONE : { verdict: 'part', sentence: bare };
      }
      // "May 12" is told by "in May"; "last month" in a sentence aligned with the carrying one, or in one
      // about the same event ("a trade agreement reached last month" for "an agreement on May 12")
      const related = relatedTo(d, alignment, articleNo);
      const event = (d.fact.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !MONTH_WORD.test(w)).map(featureOfWord);
      for (const { q: other, sentence } of index.dates) {
        if (other.date!.month !== undefined && datesCompatible(q.date!, other.date!)) {
          return { verdict: other.date!.day !== undefined ? 'carries' : 'part', sentence };
        }
        if (!other.date!.relative || other.date!.relative === 'day') continue;
        if (aligned().includes(sentence)) return { verdict: 'part', sentence };
        const features = alignment.prepared[x]![sentence]!.features;
        if (event.length && event.every((f) => features.includes(f))) return { verdict: 'part', sentence };
        // or in any sentence about the same thing: two words of the carrying sentences, as for figures
        if (related(features)) return { verdict: 'part', sentence };
      }
      // the sentence that tells it, with no date at all: told in part, without its date
      const bare = aligned().find((i) => !alignment.prepared[x]![i]!.quantities.some((o) => o.kind === 'date'));
      return bare === undefined ? NONE : { verdict: 'part', sentence: bare };
    }
    case 'person-role': {
      // the person named anywhere, or the role itself ("the First Lady") in one sentence
      const p = d.person!;
      if (p.actor && index.actorIds.has(p.actor)) return { verdict: 'carries', sentence: index.firstWithActor(p.actor) };
      const named = p.namedOther?.has(x) ? undefined : index.byFeature.get(`w:${stem(p.key)}`);
      if (named) return { verdict: 'carries', sentence: named[0]! };
      if (!p.roleKey) return NONE;
      const words = p.roleKey.split(' ').filter((w) => !w.includes('.'));
      const lists = words.map((w) => index.byFeature.get(`w:${stem(w)}`) ?? []);
      if (!lists.length) return NONE;
      // the role words side by side in one sentence: "First Lady", not "representatives from the Trade department"
      const at = lists[0]!.find((i) => lists.every((l) => l.includes(i)) && index.hasPhrase(i, words));
      return at === undefined ? NONE : { verdict: 'part', sentence: at };
    }
    case 'quote': {
      const stems = d.stems ?? quoteStems(d);
      if (!stems.length) return NONE;
      const covered = (i: number) => {
        const set = index.stemsBySentence[i]!;
        let n = 0;
        for (const s of stems) if (set.has(s)) n++;
        return n / stems.length;
      };
      const near = aligned().find((i) => covered(i) >= QUOTE_COVERED);
      if (near !== undefined) return { verdict: 'carries', sentence: near };
      let best = -1;
      let bestShare = 0;
      index.stemsBySentence.forEach((_, i) => {
        const c = covered(i);
        if (c > bestShare) {
          bestShare = c;
          best = i;
        }
      });
      if (stems.length >= 3 && bestShare >= 0.75) return { verdict: 'carries', sentence: best };
      // a part of the words, or the gist in other words: three of them at least, two common ones ("made", "deal")
      // being no telling (two words an article quotes as the speaker's are: facts.ts)
      return bestShare >= 0.4 && bestShare * stems.length >= 3 ? { verdict: 'part', sentence: best } : NONE;
    }
    case 'statement': {
      const score = statementScore(compiled(d, alignment), index, TO_CARRY);
      const verdict = statementVerdict(score);
      return verdict === 'none' ? NONE : { verdict, sentence: score.sentence };
    }
  }
}

/**
 * Whether a sentence is about the same thing as the sentences that carry fact d: its features share two words with
 * them ("voted", "committee"). The carriers' words are gathered on first use.
 */
function relatedTo(d: FactDetail, alignment: AlignmentResult, articleNo: (id: string) => number): (features: readonly string[]) => boolean {
  let words: Set<string> | undefined;
  return (features) => {
    if (!words) {
      words = new Set();
      for (const [id, at] of Object.entries(d.fact.sentences)) {
        for (const f of alignment.prepared[articleNo(id)]![at]!.features) if (f.startsWith('w:')) words.add(f);
      }
    }
    let n = 0;
    for (const f of features) if (words.has(f) && ++n >= 2) return true;
    return false;
  };
}

/**
 * A statement carried by the very sentences that carry a figure or date, in every carrying article, is told in part
 * where the figure is: the article that gives "next month" for "May 12" tells the sentence about May 12 in part.
 */
export function figurePartsTellStatements(table: FactTable): void {
  const numbers = table.details.filter((d) => d.fact.kind === 'number' && d.partial?.size);
  if (!numbers.length) return;
  for (const d of table.details) {
    if (d.fact.kind !== 'statement') continue;
    const entries = Object.entries(d.fact.sentences);
    for (const n of numbers) {
      if (entries.length !== n.fact.presentIn.length || !entries.every(([id, at]) => n.fact.sentences[id] === at)) continue;
      for (const id of n.partial!) if (!(id in d.fact.sentences)) (d.partial ??= new Set()).add(id);
    }
  }
}

/** A statement's words as its shown sentence says them, for comparing: quotation marks and spacing aside. */
function plain(text: string): string {
  return text.replace(/["“”]/gu, '').replace(/\s+/gu, ' ').trim();
}

/** Whether a word starts with a lower-case letter: ASCII by character code, the pattern past it. */
function lowerCaseStart(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(raw);
}
const LOWER_START = /^\p{Ll}/u;

/**
 * The words of a sentence beyond its names: its lower-case content words and its figures (months aside: a date is its
 * own fact). A role title ("the chairman", "the prime minister") names a person as a name does: it says whom the
 * statement is about, not what it says of them.
 */
function ownWords(s: PreparedSentence): string[] {
  const lower = new Set<string>();
  for (const t of s.sentence.tokens) if (t.content && lowerCaseStart(t.raw) && !ROLE_WORDS.has(t.norm)) lower.add(stemFeature(t.stem));
  return s.features.filter((f) => (f.startsWith('q:') && !f.startsWith('q:month:')) || lower.has(f));
}

/**
 * Share of a statement's own words (beyond its names) below which an article says nothing of it, even in other words
 * or over two sentences: it shares the names and no more. Measured, the in-part share itself (TELLS_IN_PART) also
 * drops carriers that tell the fact in other words the vectors do not reach.
 */
const CARRIER_FLOOR = 0.2;
/** Own words a statement's shown sentence needs before its carriers are judged by them. */
const OWN_TO_JUDGE = 3;

/** Share of the inverse-frequency weight of `own` that sentence s says in the same words, with a part of the next. */
function sameWordsShare(own: readonly string[], s: PreparedSentence, next: PreparedSentence | undefined, alignment: AlignmentResult): number {
  let total = 0;
  let said = 0;
  for (const f of own) {
    const w = alignment.idf.get(f) ?? 0;
    total += w;
    if (s.features.includes(f)) said += w;
    else if (next?.features.includes(f)) said += w * TO_CARRY.next;
  }
  return total ? said / total : 0;
}


/**
 * Whether a sentence of an article shares two of a statement's own words, one of them uncommon in English: "levies
 * on bicycles, pianos and cheese" tells "goods to tax, among them pianos, lumber and bicycles", little as it shares.
 */
function sharesRareWords(own: readonly string[], sentences: readonly PreparedSentence[]): boolean {
  const words = own.filter((f) => f.startsWith('w:'));
  return sentences.some((s) => {
    let n = 0;
    let uncommon = false;
    for (const f of words) {
      if (!s.features.includes(f)) continue;
      n++;
      if (uncommonInEnglish(f)) uncommon = true;
    }
    return n >= RARE_SHARED && uncommon;
  });
}

/**
 * Every article listed as carrying a statement must say something of it beyond the names: of the shown sentence's
 * own words (its lower-case words and figures), at least CARRIER_FLOOR somewhere, in the same words or with the next
 * sentence (near-synonyms count where they would make it tell the fact in part). One that shares only names with it ("Dana Brandt" in a sentence about something else)
 * tells it in part at most and is no carrier, so a fact left with too few carriers is no omission anywhere.
 */
export function verifyCarriers(table: FactTable, alignment: AlignmentResult, indexes: ArticleIndex[]): void {
  const articleNo = articleNumbers(alignment);
  // a sentence carries several facts: each text is made plain once
  const plainTexts = new Map<string, string>();
  const plainOnce = (text: string): string => {
    let out = plainTexts.get(text);
    if (out === undefined) plainTexts.set(text, (out = plain(text)));
    return out;
  };
  for (const d of table.details) {
    if (d.fact.kind !== 'statement' || d.thin || d.described || d.fact.presentIn.length < 2) continue;
    // the carrying sentence the fact is shown by
    const shown = plainOnce(d.fact.text);
    const rep = d.fact.presentIn.map((id) => alignment.prepared[articleNo.get(id)!]![d.fact.sentences[id]!]!).find((s) => plainOnce(s.sentence.text) === shown);
    if (!rep) continue;
    const own = ownWords(rep);
    // a list of names and titles ("Representing the side will be …") says too little besides them to judge by
    const judged = own.filter((f) => f.startsWith('w:')).length >= OWN_TO_JUDGE;
    let core: CoreFeature[] | undefined;
    const drop = (id: string) => table.demote(d, id);
    for (const id of [...d.fact.presentIn]) {
      if (id === rep.articleId) continue;
      const x = articleNo.get(id)!;
      const at = d.fact.sentences[id]!;
      // a newsroom formula ("Further details will follow.") that a statement quotes at its end tells nothing of the statement
      if (isNewsroomFormula(alignment.prepared[x]![at]!.sentence) && !isNewsroomFormula(rep.sentence)) {
        drop(id);
        continue;
      }
      // a sentence that says plainly what the statement denies ("missed" for "will not miss") says the opposite
      if (oppositePolarity(rep, alignment.prepared[x]![at]!)) {
        drop(id);
        continue;
      }
      if (!judged) continue;
      // most carrying sentences say enough of it in the same words: nothing to score
      if (sameWordsShare(own, alignment.prepared[x]![at]!, alignment.prepared[x]![at + 1], alignment) >= CARRIER_FLOOR) continue;
      if (!core) {
        const probe: FactDetail = { fact: { ...d.fact, presentIn: [rep.articleId], sentences: { [rep.articleId]: rep.sentence.index } }, groups: [], stems: own, frame: d.frame, figures: d.figures };
        core = compile(probe, alignment);
      }
      if (!core.length) continue;
      if (statementScore(core, indexes[x]!, TO_CARRY, TELLS_IN_PART).share >= CARRIER_FLOOR || sharesRareWords(own, alignment.prepared[x]!)) continue;
      drop(id);
    }
  }
}
