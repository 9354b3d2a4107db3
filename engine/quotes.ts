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

/**
 * Direct quotes within a paragraph's sentences: curly double and single pairs (a ’ that closes a word is an apostrophe),
 * straight double quotes, with the speaker as written.
 */
export function findQuotes(text: string, sentences: readonly Sentence[]): RawQuote[] {
  const pairs: Span[] = [];
  let open = -1;
  let openChar = '';
  let straightOpen = -1;
  let singleOpen = -1;
  let straightSingleOpen = -1;
  let paragraph = -1;
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
        if (end > pending + 1) pairs.push({ start: pending + 1, end });
      }
      open = -1;
      straightOpen = -1;
      singleOpen = -1;
      straightSingleOpen = -1;
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
        pairs.push({ start: straightSingleOpen + 1, end: i });
        straightSingleOpen = -1;
      }
    } else if (c === '‘') {
      if (!WORD_CHAR.test(text.charAt(i - 1))) singleOpen = i;
    } else if (c === '’') {
      const closes = singleOpen >= 0 && i - singleOpen <= 300 && !WORD_CHAR.test(text.charAt(i + 1)) && !isSpace(text.charCodeAt(i - 1));
      if (closes) {
        pairs.push({ start: singleOpen + 1, end: i });
        singleOpen = -1;
      }
    } else if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        pairs.push({ start: straightOpen + 1, end: i });
        straightOpen = -1;
      }
    } else if (open >= 0 && c === CLOSE_QUOTE[openChar]) {
      pairs.push({ start: open + 1, end: i });
      open = -1;
    } else if (OPEN_QUOTE.has(c)) {
      open = i;
      openChar = c;
    }
  }
  pairs.sort((a, b) => a.start - b.start);

  const quotes: RawQuote[] = [];
  for (const span of pairs) {
    const inner = text.slice(span.start, span.end);
    if (!inner.trim() || !WORD_CHAR.test(inner)) continue;
    // "rock 'n' roll": a single letter between straight quotes is an elision
    if (text.charAt(span.start - 1) === "'" && inner.length < 2) continue;
    const quote: RawQuote = { start: span.start, end: span.end, text: inner };
    const speaker = speakerOf(text, span, sentences);
    if (speaker) quote.speakerName = speaker;
    quotes.push(quote);
  }
  return quotes;
}

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
