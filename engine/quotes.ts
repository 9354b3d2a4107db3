/** Direct quotes in an article's text, each with its speaker as written ("President Donald Trump", "He"). */
import { FINITE_SPEECH_VERBS } from './lexicon/speech';
import { STOP_WORDS } from './lexicon/stop-words';
import { isSpace, WORD_CLASS, type Span } from './text';
import type { Quote, Sentence } from './types';

/** A direct quote before speaker resolution: `speakerName` as written ("President Donald Trump", "He"). */
export type RawQuote = Omit<Quote, 'speaker'>;

const WORD_CHAR = new RegExp(`[${WORD_CLASS}]`);
const OPEN_QUOTE = new Set(['“', '„', '«']);
const CLOSE_QUOTE: Record<string, string> = { '“': '”', '„': '“', '«': '»' };
const QUOTE_CHARS = /["'“”„«»‘’]/gu;
/** What may stand before a straight single quote that opens: the start, a space, a colon or an opening bracket. */
const BEFORE_STRAIGHT_OPEN = /^$|[\s:([—–-]/u;
// Longest first, so that the alternation prefers "says" to "say".
const SPEECH_VERBS = [...FINITE_SPEECH_VERBS].sort((x, y) => y.length - x.length).join('|');
const SPEECH_VERB_SET: ReadonlySet<string> = new Set(FINITE_SPEECH_VERBS);
const LEADING_LETTERS = /^\p{L}+/u;
const COLON_END = /:\s*$/u;
const PARTICIPLE = /\b(?:saying|stating|adding|writing|telling|noting|warning|declaring|insisting|arguing|claiming|posting|tweeting|explaining)\s*(?:[,:]\s*)?$/u;
const NAME_PATTERN = String.raw`[A-Z][\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|van\s+|von\s+|al-)?[A-Z][\p{L}'’.-]*)*`;
const FIRST_NAME_IN_SENTENCE = new RegExp(String.raw`(?:^|\s)(?<name>${NAME_PATTERN})`, 'u');
// Capitalised pronouns (He, She, It, We, I) already match NAME_PATTERN.
const PRONOUN = 'he|she|they|it|we';
/** `”, Trump said` / `” President Donald Trump stated` / `” said Mr. Smith`. */
const SPEAKER_AFTER = new RegExp(
  String.raw`^[,.!?…]?\s*(?:(?<name>${NAME_PATTERN}|${PRONOUN})(?:,\s+[^,]{1,60},)?\s+(?:${SPEECH_VERBS})\b|(?:${SPEECH_VERBS})\s+(?<name2>${NAME_PATTERN})|according to\s+(?<name3>${NAME_PATTERN}))`,
  'u',
);
/** `Trump said: “` / `He stated, “` / `According to Trump, “`. */
const SPEAKER_BEFORE = new RegExp(
  // Run only on the 121 characters before a quote (speakerOf), so its backtracking stays bounded.
  String.raw`(?:(?<name>${NAME_PATTERN}|${PRONOUN})\s+(?:${SPEECH_VERBS})(?:\s+(?:that|on\s+[^,:“"]{1,40}|in\s+[^,:“"]{1,40}))?|[Aa]ccording to\s+(?<name2>${NAME_PATTERN}))\s*(?:[,:]\s*)?$`,
  'u',
);
/** A speaker named anywhere earlier in the sentence: `Trump described the call as “…”`, `according to Trump`. */
const SPEAKER_IN_SENTENCE = new RegExp(
  String.raw`(?:^|[\s(])(?:(?<name>${NAME_PATTERN})\s+(?:(?:has|had|also|then|later|previously|repeatedly)\s+)?(?:${SPEECH_VERBS})\b|[Aa]ccording to\s+(?<name2>${NAME_PATTERN}))`,
  'gu',
);
const SPEAKER_PRONOUNS = new RegExp(`^(?:${PRONOUN}|I)$`, 'iu');
const TRAILING_DOT = /(?<!\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|St))(?<=\p{Ll})\.$/u;
const POSSESSIVE_TAIL = /['’]s?$/u;
const LEADING_CAPITAL_WORDS = /^(?:The|A|An|But|And|In|On|At|As|While|When|After|Before|This|That|Still|Yet|So)\s+/u;

/** What stands before a closing mark that ends a quote with no opening mark: the end of a clause or sentence. */
const ORPHAN_CLOSE_AFTER = /[.,!?…]/u;
/** What may stand before a straight double quote that opens: no character or one that ends no word. */
const OPENS_AFTER = /[\s([{—–-]/u;
/** An excerpt cut off before its quote closed: it ends with an ellipsis. */
const ELLIPSIS_END = /(?:\.\.\.|…)["'”’]?\s*$/u;
/**
 * The longest stretch a quote inferred from one mark (an unclosed opener, a closer with no opener) may cover: it never
 * leaves its paragraph, and a paragraph longer than this is running text, not one speaker's words.
 */
const INFERRED_MAX = 1500;

/** A quote span found from its marks; `continues` when it was inferred to go on from an earlier quote in its paragraph. */
interface Pair extends Span {
  continues?: boolean;
}

/**
 * Direct quotes within a paragraph's sentences: curly double and single pairs (a ’ that closes a word is an apostrophe),
 * straight double quotes and pairs mixing the two, with the speaker as written. Real text drops marks, so a quote
 * cut off by an excerpt's ellipsis runs to its paragraph's end, and a closing mark after a clause's end that is
 * followed by an attribution ("…," she said) or ends its paragraph, with no opening mark, reaches back to the
 * paragraph's start or to the sentence after the paragraph's previous quote. A straight mark after a digit with no
 * quote open is an inch mark, and opens nothing.
 */
export function findQuotes(text: string, sentences: readonly Sentence[]): RawQuote[] {
  const pairs: Pair[] = [];
  let open = -1;
  let openChar = '';
  let straightOpen = -1;
  let singleOpen = -1;
  let straightSingleOpen = -1;
  let paragraph = -1;
  let lastEnd = -1;
  const add = (span: Pair): void => {
    pairs.push(span);
    lastEnd = span.end;
  };
  // a quote left open at its paragraph's end is kept only where an ellipsis shows the excerpt was cut
  const closeCut = (): void => {
    const pending = Math.max(open, straightOpen);
    if (pending < 0 || paragraph < 0) return;
    const end = paragraphEnd(sentences, paragraph, pending);
    if (end > pending + 1 && end - pending <= INFERRED_MAX && ELLIPSIS_END.test(text.slice(pending, end))) add({ start: pending + 1, end });
  };
  // a closing mark with no opening mark: the quote began at the paragraph's start or after its previous quote
  const closeOrphan = (i: number): void => {
    if (!ORPHAN_CLOSE_AFTER.test(text.charAt(i - 1))) return;
    const lineEnd = text.indexOf('\n', i);
    const rest = text.slice(i + 1, lineEnd < 0 ? text.length : lineEnd);
    if (rest.trim() !== '' && !attributed(rest)) return;
    const start = orphanStart(sentences, i, lastEnd);
    if (start >= 0 && start < i && i - start <= INFERRED_MAX) add({ start, end: i, continues: lastEnd >= 0 });
  };
  for (const m of text.matchAll(QUOTE_CHARS)) {
    const c = m[0];
    const i = m.index;
    const at = sentenceAt(sentences, i);
    const here = at?.paragraph ?? -1;
    if (here !== paragraph) {
      // a quote over several paragraphs closes only in its last one, and each new paragraph opens it again: a quote
      // left open when the next paragraph starts with an opening mark runs to its paragraph's end
      const pending = Math.max(open, straightOpen);
      const reopens = (c === '"' || OPEN_QUOTE.has(c)) && text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim() === '';
      if (pending >= 0 && paragraph >= 0 && reopens) {
        const end = paragraphEnd(sentences, paragraph, pending);
        if (end > pending + 1) add({ start: pending + 1, end });
      } else closeCut();
      open = -1;
      straightOpen = -1;
      singleOpen = -1;
      straightSingleOpen = -1;
      lastEnd = -1;
      paragraph = here;
    }
    if (c === "'") {
      // headlines quote with straight single quotes ("Mayor: 'We Will Fix the Bridge'"); an apostrophe sits
      // between letters ("They're") or after one ("states'") and opens nothing
      const before = text.charAt(i - 1);
      if (straightSingleOpen < 0) {
        if (BEFORE_STRAIGHT_OPEN.test(before) && WORD_CHAR.test(text.charAt(i + 1))) straightSingleOpen = i;
      } else if (i - straightSingleOpen > 300) straightSingleOpen = BEFORE_STRAIGHT_OPEN.test(before) && WORD_CHAR.test(text.charAt(i + 1)) ? i : -1;
      else if (!isSpace(before.charCodeAt(0)) && !WORD_CHAR.test(text.charAt(i + 1))) {
        add({ start: straightSingleOpen + 1, end: i });
        straightSingleOpen = -1;
      }
    } else if (c === '‘') {
      if (!WORD_CHAR.test(text.charAt(i - 1))) singleOpen = i;
    } else if (c === '’') {
      const closes = singleOpen >= 0 && i - singleOpen <= 300 && !WORD_CHAR.test(text.charAt(i + 1)) && !isSpace(text.charCodeAt(i - 1));
      if (closes) {
        add({ start: singleOpen + 1, end: i });
        singleOpen = -1;
      }
    } else if (c === '"') {
      const before = text.charAt(i - 1);
      // a mark after a word or punctuation and before no word closes; one after a space or bracket opens
      const closing = before !== '' && !OPENS_AFTER.test(before) && !WORD_CHAR.test(text.charAt(i + 1));
      if (straightOpen >= 0) {
        add({ start: straightOpen + 1, end: i });
        straightOpen = -1;
      } else if (open >= 0 && closing) {
        // “…": typed with a curly opening mark and a straight closing one
        add({ start: open + 1, end: i });
        open = -1;
      } else if (closing) closeOrphan(i);
      else straightOpen = i;
    } else if (open >= 0 && c === CLOSE_QUOTE[openChar]) {
      add({ start: open + 1, end: i });
      open = -1;
    } else if (c === '”' && straightOpen >= 0) {
      // "…”: a straight opening mark and a curly closing one
      add({ start: straightOpen + 1, end: i });
      straightOpen = -1;
    } else if (OPEN_QUOTE.has(c)) {
      open = i;
      openChar = c;
    } else if (c === '”' && open < 0) closeOrphan(i);
  }
  closeCut();
  pairs.sort((a, b) => a.start - b.start);

  const quotes: RawQuote[] = [];
  for (const span of pairs) {
    const inner = text.slice(span.start, span.end);
    if (!inner.trim() || !WORD_CHAR.test(inner)) continue;
    // "rock 'n' roll": a single letter between straight quotes is an elision
    if (text.charAt(span.start - 1) === "'" && inner.length < 2) continue;
    const quote: RawQuote = { start: span.start, end: span.end, text: inner };
    // a quote that goes on after its speaker was named, with its opening mark left out, or in a sentence of its own
    // right after the attribution ("“…,” Trump said. “…”"), is the same speaker's
    const previous = quotes.at(-1);
    const speaker =
      speakerOf(text, span, sentences) ??
      (span.continues || (previous && afterAttribution(text, sentences, previous, span)) ? previous?.speakerName : undefined);
    if (speaker) quote.speakerName = speaker;
    quotes.push(quote);
  }
  return quotes;
}

/**
 * Whether quote `span` opens the sentence right after the one that ends with `previous` and the attribution named
 * after it, in the same paragraph: "“We will,” Trump said. “Then we go.”"
 */
function afterAttribution(text: string, sentences: readonly Sentence[], previous: RawQuote, span: Span): boolean {
  const own = sentenceAt(sentences, span.start);
  const before = own && own.index > 0 ? sentences[own.index - 1]! : undefined;
  if (!own || !before || before.paragraph !== own.paragraph || own.heading) return false;
  if (text.slice(own.start, span.start).replace(QUOTE_CHARS, '').trim() !== '') return false;
  if (previous.end < before.start || previous.end >= before.end) return false;
  // the sentence before ends with the attribution of its quote and nothing more: `,” Trump said (on Monday).`
  const rest = text.slice(previous.end + 1, before.end);
  const a = SPEAKER_AFTER.exec(rest);
  return a !== null && rest.length - a[0].length <= ATTRIBUTION_TAIL && !rest.slice(a[0].length).includes(',');
}
/** What may follow a quote's attribution in its sentence: "on Monday", "in a statement", not a clause of its own. */
const ATTRIBUTION_TAIL = 60;

function speakerOf(text: string, span: Span, sentences: readonly Sentence[]): string | undefined {
  const sentence = sentenceAt(sentences, span.start);
  // the speaker of a quote that ends a paragraph is not the next paragraph's subject
  const after = text.slice(span.end + 1, Math.min(text.length, span.end + 1 + 80)).split('\n', 1)[0]!;
  const a = SPEAKER_AFTER.exec(after);
  if (a) return cleanName(a.groups?.name ?? a.groups?.name2 ?? a.groups?.name3);
  const from = sentence ? Math.min(sentence.start, span.start - 1) : Math.max(0, span.start - 121);
  const before = text.slice(Math.max(from, span.start - 121), Math.max(0, span.start - 1));
  const b = SPEAKER_BEFORE.exec(before);
  if (b) return cleanName(b.groups?.name ?? b.groups?.name2);
  if (!sentence) return undefined;
  if (PARTICIPLE.test(before) || COLON_END.test(before)) {
    const subject = FIRST_NAME_IN_SENTENCE.exec(text.slice(sentence.start, Math.min(span.start, sentence.start + 300)));
    const name = cleanName(subject?.groups?.name);
    if (name) return name;
  }
  let found: string | undefined;
  for (const m of text.slice(Math.max(sentence.start, span.start - 300), span.start).matchAll(SPEAKER_IN_SENTENCE)) {
    found = m.groups?.name ?? m.groups?.name2;
  }
  return cleanName(found);
}

function cleanName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const cleaned = name.replace(LEADING_CAPITAL_WORDS, '').replace(POSSESSIVE_TAIL, '').replace(TRAILING_DOT, '').trim();
  // "In a tweet, …: “…”": a capitalised function word opening the sentence names nobody
  if (STOP_WORDS.has(cleaned.toLowerCase()) && !SPEAKER_PRONOUNS.test(cleaned)) return undefined;
  return cleaned || undefined;
}

/** Whether a speech verb comes within the first words after a closing mark: `," the mayor said`, `," said Ann Lee`. */
function attributed(after: string): boolean {
  if (!/^[,.!?…]?\s/u.test(after)) return false;
  const words = after.slice(0, 60).toLowerCase().split(/\s+/u, 6);
  return words.some((w) => SPEECH_VERB_SET.has(LEADING_LETTERS.exec(w)?.[0] ?? ''));
}

/**
 * Where a quote closed at `close` with no opening mark begins: the start of its paragraph, or of the first sentence
 * after the one holding the paragraph's previous quote (which ended at `previousEnd`, -1 for none); -1 in a heading.
 */
function orphanStart(sentences: readonly Sentence[], close: number, previousEnd: number): number {
  const s = sentenceAt(sentences, close);
  if (!s || s.heading) return -1;
  let k = s.index;
  while (k > 0 && sentences[k - 1]!.paragraph === s.paragraph && (previousEnd < 0 || sentences[k - 1]!.start > previousEnd)) k--;
  const first = sentences[k]!;
  // the previous quote's own sentence carries its attribution ("…,” Trump said.), which is the outlet's
  return previousEnd >= 0 && first.start <= previousEnd ? -1 : first.start;
}

/** The end of the last sentence of `paragraph` that starts after `from`'s sentence began. */
function paragraphEnd(sentences: readonly Sentence[], paragraph: number, from: number): number {
  let s = sentenceAt(sentences, from);
  if (!s) return -1;
  let k = s.index;
  while (sentences[k + 1]?.paragraph === paragraph) k++;
  s = sentences[k]!;
  return s.end;
}

/** The sentence holding `offset`, by binary search over offset-sorted sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
