/** Emphasis and headline marks: shouted capitals (not datelines or bylines), exclamations, scare quotes, headline formulas. */
import { NAMING_WORDS } from './lexicon/descriptors';
import { SENSATIONAL_HEADLINES } from './lexicon/framing';
import { SPEECH_ACTS, SPEECH_NOUNS } from './lexicon/reported-speech';
import { REPORTING_LEMMAS, SPEECH_VERBS } from './lexicon/speech';
import type { Candidate } from './markers-words';
import { hasLower, lowerInFirstTwo, startsUpper, type Span } from './text';
import type { Sentence, Token } from './types';

/** Acronyms common enough in news that two in a row are not shouting ("US FDA"). */
const ACRONYMS = new Set(['US', 'UK', 'EU', 'UN', 'USA', 'FDA', 'CDC', 'NATO', 'GOP', 'FBI', 'CIA', 'DOJ', 'IMF', 'WHO', 'TV', 'CEO', 'AP', 'CNN', 'NBC', 'ABC', 'CBS', 'BBC', 'NPR', 'COVID']);
// Character classes only, no nested quantifiers: each test is one linear scan (no backtracking on long tokens).
const CAPS_CHARS = /^[\p{Lu}\p{N}'’.-]+$/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/gu;
const HEADLINE_PATTERNS = SENSATIONAL_HEADLINES.map(({ pattern, reason }) => ({
  pattern: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`),
  reason,
}));
const BANGS = /^[!?]+$/u;
/** What follows a dateline's place name: "WASHINGTON —", "SEOUL (Reuters) -", "PALM BEACH, Fla. —". */
const AFTER_DATELINE = /^\s*[—–(,-]/u;
/** What joins the parts of one word written in capitals ("AFL-CIO", "DON'T"). */
const JOINERS = new Set(["'", '’', '-']);
const OPEN_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'"]);

/** Whether a token is written in capitals: letters, digits, apostrophes, dots and hyphens, at least two letters. */
export function isShouted(t: Token): boolean {
  // a lower-case ASCII letter first or second (most words) has it written in lower case: asked of every token, twice
  if (lowerInFirstTwo(t.raw)) return false;
  if (t.raw.length < 2 || t.raw.includes('.') || hasLower(t.raw) || !CAPS_CHARS.test(t.raw) || !UPPER.test(t.raw)) return false;
  return (t.raw.match(LETTER)?.length ?? 0) >= 2 && !ACRONYMS.has(t.raw);
}

/** "!!", "?!" and the like: an exclamation repeated or doubled with a question mark. */
export function isRepeatedBang(raw: string): boolean {
  const first = raw.charCodeAt(0);
  return (first === 33 || first === 63) && raw.length >= 2 && BANGS.test(raw) && (raw.match(/!/gu)?.length ?? 0) + (raw.includes('?') ? 1 : 0) >= 2;
}

/** Whether capitals at `start` are a dateline or byline: first on their line, before a dash, comma or bracket, or after "By". */
function isDatelineOrByline(text: string, start: number, end: number): boolean {
  // a dateline or byline has at most "By" before it on its line: a short look back keeps each check bounded
  const from = Math.max(0, start - 8);
  const window = text.slice(from, start);
  const newline = window.lastIndexOf('\n');
  if (newline < 0 && from > 0 && window.trim()) return false;
  const before = window.slice(newline + 1).trim();
  if (/^by$/iu.test(before)) return true;
  if (before) return false;
  return AFTER_DATELINE.test(text.slice(end, end + 3));
}

/** ALL-CAPS runs of two or more words, and single shouted words the article also writes in lower case. */
export function markCapitals(text: string, s: Sentence, mixedCase: ReadonlySet<string>, out: Candidate[]): void {
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
        // parts joined by a hyphen or an apostrophe are one word ("AFL-CIO")
        if (!JOINERS.has(tokens[j - 1]!.raw)) words++;
        j++;
      } else if (JOINERS.has(t.raw) && tokens[j + 1] && isShouted(tokens[j + 1]!)) j++;
      else break;
    }
    const first = tokens[i]!;
    const last = tokens[j - 1]!;
    const single = words === 1 && first.raw.length >= 3 && mixedCase.has(first.norm);
    if ((words >= 2 || single) && !isDatelineOrByline(text, first.start, last.end)) {
      const t = text.slice(first.start, last.end);
      out.push({ start: first.start, end: last.end, category: 'emphasis', reason: `Emphasis: capitals make '${t}' shout` });
    }
    i = j;
  }
}

/**
 * Scare quotes: one to three words in quotation marks inside the outlet's sentence, not introduced as a name
 * ("dubbed 'X'"), not inside a quote a speaker is given for (`spoken`), and not in a sentence that reports
 * speech or characterises it ("she said the plan was 'fair'", "calling the rules 'oppressive'", "accusing him of
 * 'treason'"), where the quoted words are the speaker's partial quotation.
 */
export function markScareQuotes(text: string, s: Sentence, spoken: readonly Span[], out: Candidate[]): void {
  const tokens = s.tokens;
  // a headline quotes its speakers without a verb of saying ("Mayor to 'fix' bridge"): its quoted words are theirs
  if (s.heading) return;
  // most sentences hold no quotation mark after their first word: looked for before the words of saying
  if (!tokens.some((t, i) => i > 0 && OPEN_QUOTES.has(t.raw))) return;
  if (tokens.some((t) => SPEECH_NOUNS.has(t.norm) || ((t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === undefined) && (SPEECH_VERBS.has(t.norm) || REPORTING_LEMMAS.has(t.lemma ?? t.norm) || SPEECH_ACTS.has(t.lemma ?? t.norm))))) return;
  for (let i = 1; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (!OPEN_QUOTES.has(open.raw)) continue;
    let close = -1;
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      if (CLOSE_QUOTES.has(tokens[k]!.raw)) {
        close = k;
        break;
      }
    }
    if (close < i + 2) continue;
    const inner = tokens.slice(i + 1, close);
    const prev = tokens[i - 1]!;
    // An opening mark stands after a space and touches its word; a closing one touches the word before it.
    const opens = /\s|\(/u.test(text[open.start - 1] ?? ' ') && open.end === inner[0]!.start && tokens[close]!.start === inner[inner.length - 1]!.end;
    if (!opens) continue;
    // scare quotes hold one word ("reform", "far-right"); quoted words of two or more ("wealth tax", "path to
    // citizenship") mention a term or quote someone unnamed, as a quotation does, and distance the outlet from nothing
    const words = inner.filter((t) => t.raw !== '-').length - inner.filter((t) => t.raw === '-').length;
    if (!inner.every((t) => /\p{L}/u.test(t.raw) || t.raw === '-') || NAMING_WORDS.has(prev.norm) || startsUpper(inner[0]!.raw) || words > 1) {
      i = close;
      continue;
    }
    const start = inner[0]!.start;
    const end = inner[inner.length - 1]!.end;
    if (!spoken.some((q) => q.start < end && q.end > start)) {
      out.push({ start, end, category: 'hedge', scare: true, reason: `Scare quotes: the outlet puts '${text.slice(start, end)}' in quotation marks to distance itself from the word` });
    }
    i = close;
  }
}

/** Sensational headline formulas. */
export function markHeadline(text: string, head: Span, out: Candidate[]): void {
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
