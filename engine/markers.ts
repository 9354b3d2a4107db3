/** Framing marks of one article: collects word, emphasis, label and headline marks and resolves their overlaps. */
import type { ActorLabel } from './actors';
import { isShouted, isRepeatedBang, markCapitals, markHeadline, markScareQuotes } from './markers-emphasis';
import { lemmaOf } from './markers-evaluative';
import { markTokens, type Candidate } from './markers-words';
import { sentenceAt } from './quotes';
import { LAUDATORY, PEJORATIVE } from './lexicon/descriptors';
import { LOADED, NEWS_NEUTRAL } from './lexicon/framing';
import { DOMAIN_WORDS, REPORTED_STATES } from './lexicon/neutral-terms';
import { ROLE_WORDS } from './lexicon/roles';
import { AFINN } from './sentiment';
import { hasLower, type Span } from './text';
import type { Actor, Highlight, MarkCategory, Quote, Sentence } from './types';

/** What the marker pass reads from the article model. */
export interface MarkContext {
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  actors: readonly Actor[];
  labels: readonly ActorLabel[];
  headline?: Span | undefined;
}

/** Framing marks (sorted, never overlapping) and every attribution verb, neutral ones included. */
export interface Marks {
  highlights: Highlight[];
  /** Attribution verbs of every class for the attribution view; only non-neutral ones are also highlights. */
  attributions: Highlight[];
}

const PARTISAN_NOUN_AS_ADJECTIVE = /^Democrat [\p{Lu}\p{Ll}]/u;

/** When marks overlap, the one that says most about the outlet's choices wins. */
const PRIORITY: Record<MarkCategory, number> = {
  headline: 7,
  emphasis: 6,
  label: 5,
  attribution: 4,
  hedge: 3,
  intensifier: 2,
  loaded: 1,
};

/** Framing marks of an article, sorted by offset and never overlapping, with its attribution verbs. */
export function findMarks(text: string, ctx: MarkContext): Marks {
  const candidates: Candidate[] = [];
  const attributions: Candidate[] = [];
  // the mentions themselves, read as spans: no copy of each is needed to sort them
  const names: Span[] = [];
  for (const a of ctx.actors) for (const m of a.mentions) names.push(m);
  names.sort((a, b) => a.start - b.start);
  // A word in capitals shouts when the article also writes it in lower case ("TRUMP" beside "Trump").
  const shouted = new Set<string>();
  // the sentences with a word in capitals: only there can capitals shout (markCapitals)
  const loud = new Set<Sentence>();
  for (const s of ctx.sentences) {
    for (const t of s.tokens) {
      if (!isShouted(t)) continue;
      shouted.add(t.norm);
      loud.add(s);
    }
  }
  const mixedCase = new Set<string>();
  if (shouted.size) {
    for (const s of ctx.sentences) for (const t of s.tokens) if (shouted.has(t.norm) && hasLower(t.raw)) mixedCase.add(t.norm);
  }
  const spoken = ctx.quotes.filter((q) => q.speaker || q.speakerName);

  for (const s of ctx.sentences) {
    markTokens(text, s, names, candidates, attributions, ctx.quotes);
    if (loud.has(s)) markCapitals(text, s, mixedCase, candidates);
    markScareQuotes(text, s, spoken, candidates);
    for (const t of s.tokens) {
      if (isRepeatedBang(t.raw)) candidates.push({ start: t.start, end: t.end, category: 'emphasis', reason: `Emphasis: repeated exclamation marks ('${t.raw}')` });
    }
  }
  markLabels(ctx, candidates);
  if (ctx.headline) markHeadline(text, ctx.headline, candidates);

  return { highlights: finish(text, candidates, ctx), attributions: finish(text, attributions, ctx) };
}

/** The token that starts at offset `at`, if one does: a label's first word. */
function tokenStartingAt(sentences: readonly Sentence[], at: number): Sentence['tokens'][number] | undefined {
  const s = sentences.find((x) => x.start <= at && at < x.end);
  return s?.tokens.find((t) => t.start === at);
}

/**
 * An actor's label is a mark when it judges ("North Korean dictator", "embattled CEO"); a plain title
 * ("Commerce Secretary") is not.
 */
function markLabels(ctx: MarkContext, out: Candidate[]): void {
  for (const l of ctx.labels) {
    const judging = l.text
      .toLowerCase()
      .split(/[\s-]+/u)
      .find((w) => PEJORATIVE.has(w) || LAUDATORY.has(w) || LOADED[w] !== undefined || judgingScore(w));
    const first = tokenStartingAt(ctx.sentences, l.start);
    const lemma = first ? lemmaOf(first) : '';
    // "Democrat" as an adjective ("Democrat President") is the opponents' form of "Democratic"
    const partisan = PARTISAN_NOUN_AS_ADJECTIVE.test(l.text);
    if (!judging && !PEJORATIVE.has(lemma) && !partisan) continue;
    // the mark covers the word that judges ("disgraced" in "disgraced Arizona Sheriff"): the rest names the office;
    // a partisan form shows only with its noun ("Democrat President")
    const word = partisan ? partisanSpan(l) : judgingSpan(l, judging ?? first?.raw ?? '');
    out.push({
      start: word?.start ?? l.start,
      end: word?.end ?? l.end,
      category: 'label',
      reason: partisan
        ? `Label the outlet puts in front of ${l.actorName}: '${l.text}' uses 'Democrat' as an adjective, a partisan form of 'Democratic'`
        : `Label the outlet puts in front of ${l.actorName}: '${l.text}' — '${judging ?? lemma}' judges rather than names a role`,
    });
  }
}

/** "Democrat" and the word it stands before ("Democrat President" of "Democrat challenger former mayor …"). */
function partisanSpan(l: ActorLabel): Span {
  const at = /^Democrat [\p{L}\p{N}.'’-]+/u.exec(l.text);
  return { start: l.start, end: l.start + (at ? at[0].length : l.text.length) };
}

/** Where a word of a label stands in the text, by its first whole-word match in the label. */
function judgingSpan(l: ActorLabel, word: string): Span | undefined {
  if (!word) return undefined;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').exec(l.text);
  return at ? { start: l.start + at.index, end: l.start + at.index + word.length } : undefined;
}

/**
 * Whether a label word judges by its sentiment score: a title ("Justice"), plain news vocabulary ("presidential
 * hopeful") and ordinary praise below very strong name a role, as they do in running text.
 */
function judgingScore(word: string): boolean {
  const score = AFINN.get(word) ?? 0;
  if (Math.abs(score) < 2 || (score > 0 && score < 4)) return false;
  return !ROLE_WORDS.has(word) && !NEWS_NEUTRAL.has(word) && !REPORTED_STATES.has(word) && !DOMAIN_WORDS.has(word);
}

function finish(text: string, candidates: Candidate[], ctx: MarkContext): Highlight[] {
  candidates.sort((a, b) => PRIORITY[b.category] - PRIORITY[a.category] || a.start - b.start || b.end - a.end);
  const taken = new Uint8Array(text.length);
  const out: Highlight[] = [];
  const speakerNames = new Map(ctx.actors.map((a) => [a.id, a.name]));
  for (const c of candidates) {
    if (c.end <= c.start || c.start < 0 || c.end > text.length || isTaken(taken, c)) continue;
    let quote = quoteAt(ctx.quotes, c.start);
    if (c.scare) {
      // scare quotes are the quotation itself, the outlet's; inside a speaker's quote they are the speaker's
      if (quote && (quote.start < c.start - 1 || quote.end > c.end + 1)) continue;
      if (quote && quote.start >= c.start - 1 && quote.end <= c.end + 1) quote = outerQuote(ctx.quotes, quote);
      if (quote) continue;
    } else if (quote && SPEECH_MANNER.has(c.category)) {
      // "very, very good", "probably", "definitely" in a speaker's own words: how the speaker talks, no framing by anyone
      continue;
    }
    taken.fill(1, c.start, c.end);
    const h: Highlight = { start: c.start, end: c.end, text: text.slice(c.start, c.end), category: c.category, reason: c.reason };
    if (c.attribution) h.attribution = c.attribution;
    if (quote && c.category !== 'headline') {
      // a name read off a title-case headline ("Mayor Warns Council: '…'") is only trusted once it is an actor
      const resolved = quote.speaker && speakerNames.get(quote.speaker);
      const name = resolved || (quote.speakerName && !sentenceAt(ctx.sentences, quote.start)?.heading ? quote.speakerName : undefined);
      h.quoted = quote.speaker ? { speaker: quote.speaker } : {};
      h.reason += name ? ` — inside a quote: ${name}'s words, not the outlet's` : " — inside a quote: the speaker's words, not the outlet's";
    }
    out.push(h);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Marks of degree and certainty, which inside a direct quote only say how the speaker talks. */
const SPEECH_MANNER: ReadonlySet<MarkCategory> = new Set(['intensifier', 'hedge']);

/** A quote that strictly contains `inner`, if any (quotes are sorted by start and may nest). */
function outerQuote(quotes: readonly Quote[], inner: Quote): Quote | undefined {
  for (const q of quotes) {
    if (q.start > inner.start) break;
    if (q !== inner && q.start <= inner.start && inner.end <= q.end && (q.start < inner.start || q.end > inner.end)) return q;
  }
  return undefined;
}

function isTaken(taken: Uint8Array, c: Span): boolean {
  for (let i = c.start; i < c.end; i++) if (taken[i]) return true;
  return false;
}

/** The innermost quote around `offset`; quotes are sorted by start and may nest. */
function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (offset < quotes[i]!.end) return quotes[i];
  return undefined;
}
