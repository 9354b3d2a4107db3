import type { ActorLabel } from './actors';
import {
  DISTANCING,
  HEDGES,
  INTENSIFIERS,
  LOADED,
  NEWS_NEUTRAL,
  SENSATIONAL_HEADLINES,
  WEASEL_PHRASES,
  WEASEL_SUBJECTS,
  WEASEL_VERBS,
} from './lexicon/framing';
import { AMBIGUOUS_ATTRIBUTION, ATTRIBUTION } from './lexicon/speech';
import { AFINN } from './sentiment';
import { hasLower, isWordLike, startsLower, startsUpper, type Span } from './text';
import type { Actor, AttributionClass, Highlight, MarkCategory, Quote, Sentence, Token } from './types';

/** What the marker pass reads from the article model. */
export interface MarkContext {
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  actors: readonly Actor[];
  labels: readonly ActorLabel[];
  headline?: Span | undefined;
}

interface Candidate extends Span {
  category: MarkCategory;
  reason: string;
  attribution?: AttributionClass;
}

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

const ATTRIBUTION_REASON: Record<AttributionClass, (w: string) => string> = {
  neutral: (w) => `Neutral attribution verb ('${w}'): reports the statement without judging it`,
  doubt: (w) => `Attribution verb that casts doubt on the statement ('${w}')`,
  endorse: (w) => `Attribution verb that presents the statement as established fact ('${w}')`,
  wrongdoing: (w) => `Attribution verb that implies fault or a reluctant admission ('${w}')`,
};

interface Phrase {
  words: string[];
  category: MarkCategory;
  reason: (text: string) => string;
}

const PHRASES = new Map<string, Phrase[]>();
const HYPHENATED = /(\p{L})-(?=\p{L})/gu;
function addPhrase(source: string, category: MarkCategory, reason: (text: string) => string): void {
  const words = source.replace(HYPHENATED, '$1 - ').split(' ');
  const first = words[0]!;
  PHRASES.set(first, [...(PHRASES.get(first) ?? []), { words, category, reason }]);
}
for (const [phrase, why] of Object.entries(LOADED)) {
  addPhrase(phrase, 'loaded', (t) => `Loaded wording: '${t}' ${why}`);
}
for (const phrase of WEASEL_PHRASES) {
  addPhrase(phrase, 'hedge', (t) => `Weasel wording: '${t}' cites nobody in particular`);
}

/** Every word that can start a mark: a cheap first test for the many tokens that cannot. */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  ...PHRASES.keys(),
  ...ATTRIBUTION.keys(),
  ...AMBIGUOUS_ATTRIBUTION,
  ...WEASEL_SUBJECTS,
  ...HEDGES,
  ...INTENSIFIERS,
  ...[...AFINN].filter(([, score]) => Math.abs(score) >= 2).map(([w]) => w.split('-')[0]!),
]);

const ALL_CAPS_WORD = /^(?=[\p{N}'’.-]*\p{Lu})[\p{Lu}\p{N}'’.-]+$/u;
const NOT_LETTERS = /\P{L}/gu;
const HEADLINE_PATTERNS = SENSATIONAL_HEADLINES.map(({ pattern, reason }) => ({
  pattern: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`),
  reason,
}));
const REPEATED_BANG = /^(?:!{2,}|[!?]*!\?[!?]*|[!?]*\?![!?]*)$/u;
const POSSESSIVE = /'s?$/u;
const DENIAL = new Set(['denied', 'denies', 'denying']);
/** "denied that / any wrongdoing / the allegations" is attribution; "denied the request" is a ruling. */
const DENIED_OBJECTS = new Set(['that', 'any', 'wrongdoing', 'allegations', 'claims', 'accusations', 'reports', 'having', 'being', 'it']);

/** Framing marks of an article, sorted by offset and never overlapping. */
export function findMarks(text: string, ctx: MarkContext): Highlight[] {
  const candidates: Candidate[] = [];
  const names = ctx.actors
    .flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  // A word in capitals shouts when the article also writes it in lower case ("TRUMP" beside "Trump").
  const shouted = new Set<string>();
  for (const s of ctx.sentences) for (const t of s.tokens) if (isShouted(t)) shouted.add(t.norm);
  const mixedCase = new Set<string>();
  if (shouted.size) {
    for (const s of ctx.sentences) for (const t of s.tokens) if (shouted.has(t.norm) && hasLower(t.raw)) mixedCase.add(t.norm);
  }

  for (const s of ctx.sentences) {
    markTokens(text, s, names, candidates);
    markCapitals(text, s, mixedCase, candidates);
  }
  for (const l of ctx.labels) {
    candidates.push({
      start: l.start,
      end: l.end,
      category: 'label',
      reason: `Label the outlet puts in front of ${l.actorName}: '${l.text}'`,
    });
  }
  if (ctx.headline) markHeadline(text, ctx.headline, candidates);

  return finish(text, candidates, ctx);
}

function markTokens(text: string, s: Sentence, names: readonly Span[], out: Candidate[]): void {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWordLike(t.raw)) {
      if (REPEATED_BANG.test(t.raw)) {
        out.push({ start: t.start, end: t.end, category: 'emphasis', reason: `Emphasis: repeated exclamation marks ('${t.raw}')` });
      }
      continue;
    }
    const norm = t.norm.includes("'") ? t.norm.replace(POSSESSIVE, '') : t.norm;
    if (!FIRST_WORDS.has(norm) && !FIRST_WORDS.has(t.norm)) continue;
    if (overlaps(names, t.start, t.end)) continue;
    const capitalised = !s.heading && !startsLower(t.raw) && i > 0;

    const phrase = matchPhrase(tokens, i);
    if (phrase) {
      const end = tokens[i + phrase.words.length - 1]!.end;
      out.push({ start: t.start, end, category: phrase.category, reason: phrase.reason(text.slice(t.start, end)) });
      i += phrase.words.length - 1;
      continue;
    }

    const cls = ATTRIBUTION.get(norm);
    if (cls && !capitalised && isAttribution(tokens, i, norm)) {
      const end = norm === 'according' || norm === 'pointed' ? tokens[i + 1]!.end : t.end;
      const w = text.slice(t.start, end);
      out.push({ start: t.start, end, category: 'attribution', attribution: cls, reason: ATTRIBUTION_REASON[cls](w) });
      continue;
    }

    if (WEASEL_SUBJECTS.has(norm) && !capitalised) {
      const next = nextWord(tokens, i);
      if (next && WEASEL_VERBS.has(next.norm) && !isNamedBefore(tokens, i)) {
        out.push({ start: t.start, end: t.end, category: 'hedge', reason: `Weasel wording: '${t.raw}' cites unnamed people instead of a source` });
        continue;
      }
    }

    if (HEDGES.has(norm) && t.raw === t.raw.toLowerCase()) {
      const reason = DISTANCING.has(norm)
        ? `Hedge: '${t.raw}' distances the outlet from the claim`
        : `Hedge: '${t.raw}' softens the claim or leaves it unconfirmed`;
      out.push({ start: t.start, end: t.end, category: 'hedge', reason });
      continue;
    }

    if (INTENSIFIERS.has(norm)) {
      out.push({ start: t.start, end: t.end, category: 'intensifier', reason: `Intensifier: '${t.raw}' amplifies the claim without adding facts` });
      continue;
    }

    const compound = hyphenCompound(tokens, i);
    if (compound) {
      const score = AFINN.get(compound.norm);
      if (score !== undefined && Math.abs(score) >= 2) {
        out.push({ start: t.start, end: compound.end, category: 'loaded', reason: afinnReason(text.slice(t.start, compound.end), score) });
        i = compound.last;
        continue;
      }
    }

    const score = AFINN.get(t.norm) ?? AFINN.get(norm);
    if (score !== undefined && Math.abs(score) >= 2 && !NEWS_NEUTRAL.has(norm) && !capitalised) {
      out.push({ start: t.start, end: t.end, category: 'loaded', reason: afinnReason(t.raw, score) });
    }
  }
}

function afinnReason(word: string, score: number): string {
  const tone = score < 0 ? 'negative' : 'positive';
  const strength = Math.abs(score) >= 4 ? 'very strong' : Math.abs(score) >= 3 ? 'strong' : 'clear';
  return `Loaded word: '${word}' carries ${strength} ${tone} feeling (sentiment score ${score > 0 ? '+' : ''}${score})`;
}

function matchPhrase(tokens: readonly Token[], i: number): Phrase | undefined {
  const options = PHRASES.get(tokens[i]!.norm);
  if (!options) return undefined;
  let best: Phrase | undefined;
  for (const p of options) {
    if (i + p.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) {
      const t = tokens[i + k]!;
      if (t.norm !== p.words[k]) ok = false;
      else if ((p.words[k] === '-' || p.words[k - 1] === '-') && t.start !== tokens[i + k - 1]!.end) ok = false;
    }
    if (ok && (!best || p.words.length > best.words.length)) best = p;
  }
  return best;
}

function hyphenCompound(tokens: readonly Token[], i: number): { norm: string; end: number; last: number } | undefined {
  const dash = tokens[i + 1];
  const next = tokens[i + 2];
  if (!dash || !next || dash.raw !== '-' || dash.start !== tokens[i]!.end || next.start !== dash.end) return undefined;
  return { norm: `${tokens[i]!.norm}-${next.norm}`, end: next.end, last: i + 2 };
}

function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i + 1];
  return t && isWordLike(t.raw) ? t : undefined;
}

function isNamedBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && startsUpper(prev.raw) && i - 1 > 0;
}

/** Whether an attribution-verb form is used as one: "according to", "pointed out", "claims that". */
function isAttribution(tokens: readonly Token[], i: number, norm: string): boolean {
  const next = tokens[i + 1]?.norm;
  if (norm === 'according') return next === 'to';
  if (norm === 'pointed') return next === 'out';
  if (AMBIGUOUS_ATTRIBUTION.has(norm)) return next === 'that';
  if (DENIAL.has(norm)) return next !== undefined && DENIED_OBJECTS.has(next);
  return true;
}

/** ALL-CAPS runs of two or more words, and single shouted words the article also writes in lower case. */
function markCapitals(text: string, s: Sentence, mixedCase: ReadonlySet<string>, out: Candidate[]): void {
  const tokens = s.tokens;
  let i = 0;
  while (i < tokens.length) {
    if (!isShouted(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    let words = 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (t.start - tokens[j - 1]!.end > 1) break;
      if (isShouted(t) || (t.raw.length === 1 && startsUpper(t.raw))) {
        words++;
        j++;
      } else if ((t.raw === "'" || t.raw === '’' || t.raw === '-') && tokens[j + 1] && isShouted(tokens[j + 1]!)) j++;
      else break;
    }
    const first = tokens[i]!;
    const last = tokens[j - 1]!;
    const single = words === 1 && first.raw.length >= 3 && mixedCase.has(first.norm) && !first.raw.includes('.');
    if (words >= 2 || single) {
      const t = text.slice(first.start, last.end);
      out.push({ start: first.start, end: last.end, category: 'emphasis', reason: `Emphasis: capitals make '${t}' shout` });
    }
    i = j;
  }
}

function isShouted(t: Token): boolean {
  if (t.raw.length < 2 || hasLower(t.raw) || !ALL_CAPS_WORD.test(t.raw) || t.raw.includes('.')) return false;
  const letters = t.raw.replace(NOT_LETTERS, '');
  return letters.length >= 2 && !AFINN_ACRONYMS.has(t.raw);
}

/** Acronyms common enough in news that two in a row are not shouting ("US FDA"). */
const AFINN_ACRONYMS = new Set(['US', 'UK', 'EU', 'UN', 'USA', 'FDA', 'CDC', 'NATO', 'GOP', 'FBI', 'CIA', 'DOJ', 'IMF', 'WHO', 'TV', 'CEO', 'AP', 'CNN', 'NBC', 'ABC', 'CBS', 'BBC', 'NPR', 'COVID']);

function markHeadline(text: string, head: Span, out: Candidate[]): void {
  const line = text.slice(head.start, head.end);
  for (const { pattern, reason } of HEADLINE_PATTERNS) {
    for (const m of line.matchAll(pattern)) {
      if (!m[0].trim()) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const start = head.start + m.index + lead;
      const end = head.start + m.index + m[0].trimEnd().length;
      out.push({ start, end, category: 'headline', reason: `${reason}: '${text.slice(start, end)}'` });
    }
  }
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

function finish(text: string, candidates: Candidate[], ctx: MarkContext): Highlight[] {
  candidates.sort((a, b) => PRIORITY[b.category] - PRIORITY[a.category] || a.start - b.start || b.end - a.end);
  const taken = new Uint8Array(text.length);
  const out: Highlight[] = [];
  const speakerNames = new Map(ctx.actors.map((a) => [a.id, a.name]));
  for (const c of candidates) {
    if (c.end <= c.start || c.start < 0 || c.end > text.length || isTaken(taken, c)) continue;
    taken.fill(1, c.start, c.end);
    const h: Highlight = { start: c.start, end: c.end, text: text.slice(c.start, c.end), category: c.category, reason: c.reason };
    if (c.attribution) h.attribution = c.attribution;
    const quote = quoteAt(ctx.quotes, c.start);
    if (quote && c.category !== 'headline') {
      const name = (quote.speaker && speakerNames.get(quote.speaker)) || quote.speakerName;
      h.quoted = quote.speaker ? { speaker: quote.speaker } : {};
      h.reason += name ? ` — inside a quote: ${name}'s words, not the outlet's` : " — inside a quote: the speaker's words, not the outlet's";
    }
    out.push(h);
  }
  return out.sort((a, b) => a.start - b.start);
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
