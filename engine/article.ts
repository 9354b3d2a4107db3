import { sentences as splitSentences } from 'sbd';
import { STOP_WORDS } from './lexicon/stop-words';
import { findActors } from './actors';
import { findMarks } from './markers';
import { combine, plain, scoreSpans, type SpanSentiment } from './sentiment';
import { annotateTokens, tagText } from './nlp';
import { countWords, headline as findHeadline, paragraphs as findParagraphs, WORD_CLASS, type Span } from './text';
import type { ArticleAnalysis, ArticleInput, Paragraph, Quote, Sentence, Token } from './types';

/** Everything about one article that does not need the other articles (no omissions, no coverage). */
export type ArticleModel = Omit<ArticleAnalysis, 'omissions' | 'coverage'>;

/** A direct quote before speaker resolution: `speakerName` as written ("President Donald Trump", "He"). */
export type RawQuote = Omit<Quote, 'speaker'>;

const ABBREVIATIONS = [
  'al', 'adj', 'assn', 'Ave', 'BSc', 'MSc', 'Co', 'Corp', 'Dem', 'Dept', 'ed', 'eg', 'est', 'etc', 'Fig', 'fig',
  'i.e', 'ie', 'Inc', 'inc', 'Ltd', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec', 'jr', 'Jr', 'Sr', 'sr', 'Miss', 'Mrs', 'Mr', 'Ms', 'Mx', 'no', 'No', 'Nos', 'PhD', 'MD', 'pp', 'Prof',
  'Dr', 'Ref', 'Rep', 'Reps', 'Sen', 'Sens', 'Gov', 'Lt', 'Maj', 'Capt', 'Sgt', 'Col', 'Gen', 'Adm', 'Cmdr',
  'Supt', 'St', 'Rev', 'Hon', 'Pres', 'Sec', 'vs', 'v', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs',
  'Fri', 'Sat', 'Sun', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan',
  'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn',
  'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'approx', 'Univ', 'Mt', 'Ft',
];
const SBD_OPTIONS = { preserve_whitespace: true, newline_boundaries: false, abbreviations: ABBREVIATIONS };

const BULLET = /^(?:[-*•·–▪◦]|\d{1,3}[.)])\s+/u;
/** "WASHINGTON (CP) –", "BEIJING, June 5 (Reuters) -", "LONDON —", "(CNN) —". */
const DATELINE =
  /^(?:(?:[A-Z][A-Z.'’/-]*(?: [A-Z][A-Z.'’/-]*){0,3})(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?: \d{1,2})?)?(?: \([A-Za-z. &]{1,30}\))?|\([A-Z][A-Za-z. &]{1,30}\)) ?[–—-]{1,2}(?=\s)/u;
const SENTENCE_END = /[.!?…:;,]["'”’)\]]*$/u;
/** Dotted acronyms, abbreviations with their dot, initials, numbers, words, runs of !?., other characters. */
const TOKEN = new RegExp(
  [
    String.raw`(?:[A-Za-z]\.){2,}`,
    String.raw`\b(?:Mr|Mrs|Ms|Mx|Dr|Sens?|Reps?|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Co|Ltd|vs|Mt|Ft)\.(?![${WORD_CLASS}])`,
    String.raw`\b[A-Z]\.(?=\s+[A-Z])`,
    String.raw`[$€£]?[0-9]+(?:[.,][0-9]+)*%?`,
    String.raw`[${WORD_CLASS}]+(?:['’][${WORD_CLASS}]+)*`,
    String.raw`([!?.])\1+`,
    String.raw`[^\s${WORD_CLASS}]`,
  ].join('|'),
  'g',
);
const ENDS_WITH_ACRONYM = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
const FIRST_WORD = /^\p{Lu}[\p{L}'’]*/u;
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  'according', 'although', 'among', 'another', 'despite', 'meanwhile', 'instead', 'still', 'yet', 'even', 'many',
  'several', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'officials', 'critics', 'experts',
  'analysts', 'some', 'one', 'two', 'three', 'asked', 'since', 'given', 'unlike', 'like', 'overall',
]);
const TRAILING_PUNCTUATION = /[\s,;:–—-]+$/u;
const WORD_CHAR = new RegExp(`[${WORD_CLASS}]`);
const CURLY_APOSTROPHE = /’/gu;
const NUMBER_COMMA = /(?<=\d),(?=\d{3})/gu;
const POSSESSIVE = /'s?$/u;
const ALPHA = /^[a-z]+$/u;

/** Tokens of `text.slice(start, end)` with offsets into `text`: words, numbers, dotted acronyms, punctuation. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const raw = m[0];
    const s = start + m.index;
    const form = formOf(raw);
    out.push({ start: s, end: s + raw.length, raw, norm: form.norm, stem: form.stem, content: form.content });
  }
  return out;
}

interface Form {
  norm: string;
  stem: string;
  content: boolean;
}

const formCache = new Map<string, Form>();

/** Norm, stem and content flag of a token as written, cached: news text repeats its words. */
function formOf(raw: string): Form {
  let form = formCache.get(raw);
  if (form) return form;
  const isWord = WORD_CHAR.test(raw);
  const norm = isWord ? normalise(raw) : raw;
  form = { norm, stem: isWord ? stem(norm) : norm, content: isWord && !STOP_WORDS.has(norm) };
  if (formCache.size > 50_000) formCache.clear();
  formCache.set(raw, form);
  return form;
}

/** Lower-cased word with curly apostrophes straightened and thousands separators removed. */
export function normalise(word: string): string {
  let norm = word.toLowerCase();
  if (norm.includes('’')) norm = norm.replace(CURLY_APOSTROPHE, "'");
  if (norm.includes(',')) norm = norm.replace(NUMBER_COMMA, '');
  return norm;
}

const stemCache = new Map<string, string>();

/** Porter stem of a lower-cased word; possessives dropped, non-alphabetic words returned as they are. */
export function stem(norm: string): string {
  const cached = stemCache.get(norm);
  if (cached !== undefined) return cached;
  const bare = norm.replace(POSSESSIVE, '');
  const result = ALPHA.test(bare) ? porter(bare) : bare;
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(norm, result);
  return result;
}

/** Build the single-article model: structure, quotes, sentiment, actors and framing marks. */
export function buildArticle(input: ArticleInput): ArticleModel {
  const text = input.text;
  const paraSpans = findParagraphs(text);
  const head = findHeadline(text, paraSpans);
  const dateline = findDateline(text, paraSpans, head);

  const spans: (Span & { paragraph: number; heading: boolean })[] = [];
  paraSpans.forEach((para, p) => {
    const heading = para === head || isHeading(text, para, paraSpans[p + 1]);
    for (const span of sentenceSpans(text, para, dateline)) spans.push({ ...span, paragraph: p, heading });
  });
  const scores = scoreSpans(text, spans);
  const sentences: Sentence[] = spans.map((span, index) => {
    const score = scores[index]!;
    return {
      index,
      paragraph: span.paragraph,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      tokens: tokenize(text, span.start, span.end),
      heading: span.heading,
      sentiment: { score: score.score, comparative: score.comparative, words: score.words },
    };
  });
  const tagged = tagText(text);
  annotateTokens(sentences.flatMap((s) => s.tokens), tagged.tokens);
  const byParagraph: SpanSentiment[][] = paraSpans.map(() => []);
  spans.forEach((span, i) => byParagraph[span.paragraph]!.push(scores[i]!));
  const paragraphs: Paragraph[] = paraSpans.map((para, p) => ({
    index: p,
    start: para.start,
    end: para.end,
    sentiment: plain(combine(byParagraph[p]!)),
  }));

  const rawQuotes = findQuotes(text, sentences);
  const { actors, quotes, labels } = findActors(text, sentences, rawQuotes, scores.map((x) => x.tokens));
  const highlights = findMarks(text, { sentences, quotes, actors, labels, headline: head });
  const title =
    input.title?.trim() || (head ? text.slice(head.start, head.end) : '') || shorten(sentences[0]?.text) || input.file || input.id;

  const model: ArticleModel = {
    id: input.id,
    title,
    wordCount: countWords(text),
    paragraphs,
    sentences,
    quotes,
    actors,
    sentiment: plain(combine(scores)),
    highlights,
    numberEntities: tagged.entities,
  };
  if (input.file !== undefined) model.file = input.file;
  if (head) model.headline = { start: head.start, end: head.end, text: text.slice(head.start, head.end) };
  if (dateline) model.dateline = { ...dateline, text: text.slice(dateline.start, dateline.end) };
  return model;
}

function shorten(sentence: string | undefined, max = 90): string {
  if (!sentence || sentence.length <= max) return sentence ?? '';
  const cut = sentence.lastIndexOf(' ', max);
  return sentence.slice(0, cut > 40 ? cut : max).replace(TRAILING_PUNCTUATION, '') + '…';
}

/** The dateline at the start of the first body paragraph ("WASHINGTON (CP) –"), if there is one. */
export function findDateline(text: string, paras: readonly Span[], head?: Span): Span | undefined {
  const body = paras.find((p) => p !== head);
  if (!body) return undefined;
  const m = DATELINE.exec(text.slice(body.start, Math.min(body.end, body.start + 80)));
  if (!m || m[0].length < 4) return undefined;
  return { start: body.start, end: body.start + m[0].length };
}

function sentenceSpans(text: string, para: Span, dateline: Span | undefined): Span[] {
  let start = para.start;
  if (dateline && dateline.start === para.start) start = dateline.end;
  const bullet = BULLET.exec(text.slice(start, para.end));
  if (bullet) start += bullet[0].length;
  while (start < para.end && isSpace(text.charCodeAt(start))) start++;
  if (start >= para.end) return [];

  const spans: Span[] = [];
  const slice = text.slice(start, para.end);
  let cursor = 0;
  for (const piece of splitSentences(slice, SBD_OPTIONS)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const at = slice.indexOf(trimmed, cursor);
    if (at < 0) break;
    const prev = spans[spans.length - 1];
    if (prev && continuesAfterAcronym(text.slice(prev.start, prev.end), trimmed)) prev.end = start + at + trimmed.length;
    else spans.push({ start: start + at, end: start + at + trimmed.length });
    cursor = at + trimmed.length;
  }
  const restStart = spans.length ? spans[spans.length - 1]!.end : start;
  const rest = text.slice(restStart, para.end);
  if (rest.trim()) {
    const lead = rest.length - rest.trimStart().length;
    spans.push({ start: restStart + lead, end: restStart + rest.trimEnd().length });
  }
  return spans;
}

/** sbd ends a sentence at "the U.S. Treasury"; a capitalised word that rarely starts a sentence continues it. */
function continuesAfterAcronym(previous: string, next: string): boolean {
  if (!ENDS_WITH_ACRONYM.test(previous)) return false;
  const first = FIRST_WORD.exec(next);
  return first !== null && !SENTENCE_STARTERS.has(first[0].toLowerCase());
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || (code >= 0x2000 && code <= 0x200b);
}

/** Short standalone lines that do not end like a sentence: section headings, captions. */
function isHeading(text: string, para: Span, next: Span | undefined): boolean {
  if (!next) return false;
  const line = text.slice(para.start, para.end);
  if (line.length > 100 || BULLET.test(line) || SENTENCE_END.test(line)) return false;
  return countWords(line) <= 14;
}

const OPEN_QUOTE = new Set(['“', '„', '«']);
const CLOSE_QUOTE: Record<string, string> = { '“': '”', '„': '“', '«': '»' };
const QUOTE_CHARS = /["“”„«»‘’]/gu;
const SPEECH_VERBS =
  'said|says|say|stated|states|added|adds|told|tells|wrote|writes|posted|tweeted|asked|asks|argued|argues|' +
  'claimed|claims|insisted|insists|alleged|alleges|noted|notes|explained|explains|declared|declares|' +
  'announced|announces|warned|warns|replied|continued|confirmed|confirms|acknowledged|acknowledges|admitted|' +
  'admits|conceded|concedes|remarked|recalled|urged|urges|stressed|stresses|emphasized|emphasised|' +
  'described|describes|called|calls|responded|responds|countered|counters|maintained|maintains|suggested|' +
  'suggests|predicted|predicts|vowed|vows|promised|promises|boasted|boasts|complained|complains|' +
  'testified|shouted|quipped|joked|contended|contends|agreed|agrees|observed|pointed out|shared|termed|' +
  'labeled|labelled|dubbed|indicated';
const COLON_END = /:\s*$/u;
const PARTICIPLE = /\b(?:saying|stating|adding|writing|telling|noting|warning|declaring|insisting|arguing|claiming|posting|tweeting|explaining)\s*[,:]?\s*$/u;
const NAME_PATTERN = String.raw`(?:[A-Z][\p{L}'’.-]*|U\.S\.)(?:\s+(?:of\s+|de\s+|van\s+|von\s+|al-)?(?:[A-Z][\p{L}'’.-]*))*`;
const FIRST_NAME_IN_SENTENCE = new RegExp(String.raw`(?:^|\s)(?<name>${NAME_PATTERN})`, 'u');
const PRONOUN = 'he|she|they|He|She|They|It|it|we|We|I';
/** `”, Trump said` / `” President Donald Trump stated` / `” said Mr. Smith`. */
const SPEAKER_AFTER = new RegExp(
  String.raw`^[,.!?…]?\s*(?:(?<name>${NAME_PATTERN}|${PRONOUN})(?:,\s+[^,]{1,60},)?\s+(?:${SPEECH_VERBS})\b|(?:${SPEECH_VERBS})\s+(?<name2>${NAME_PATTERN})|according to\s+(?<name3>${NAME_PATTERN}))`,
  'u',
);
/** `Trump said: “` / `He stated, “` / `According to Trump, “`. */
const SPEAKER_BEFORE = new RegExp(
  String.raw`(?:(?<name>${NAME_PATTERN}|${PRONOUN})\s+(?:${SPEECH_VERBS})(?:\s+(?:that|on\s+[^,:“"]{1,40}|in\s+[^,:“"]{1,40}))?|[Aa]ccording to\s+(?<name2>${NAME_PATTERN}))\s*[,:]?\s*$`,
  'u',
);
/** A speaker named anywhere earlier in the sentence: `Trump described the call as “…”`, `according to Trump`. */
const SPEAKER_IN_SENTENCE = new RegExp(
  String.raw`(?:^|[\s(])(?:(?<name>${NAME_PATTERN})\s+(?:(?:has|had|also|then|later|previously|repeatedly)\s+)?(?:${SPEECH_VERBS})\b|[Aa]ccording to\s+(?<name2>${NAME_PATTERN}))`,
  'gu',
);
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
  let paragraph = -1;
  for (const m of text.matchAll(QUOTE_CHARS)) {
    const c = m[0];
    const i = m.index;
    const here = sentenceAt(sentences, i)?.paragraph ?? -1;
    if (here !== paragraph) {
      open = -1;
      straightOpen = -1;
      singleOpen = -1;
      paragraph = here;
    }
    if (c === '‘') {
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
    const quote: RawQuote = { start: span.start, end: span.end, text: inner };
    const speaker = speakerOf(text, span, sentences);
    if (speaker) quote.speakerName = speaker;
    quotes.push(quote);
  }
  return quotes;
}

function speakerOf(text: string, span: Span, sentences: readonly Sentence[]): string | undefined {
  const sentence = sentenceAt(sentences, span.start);
  const after = text.slice(span.end + 1, Math.min(text.length, span.end + 1 + 80));
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
  return cleaned || undefined;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
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

// Porter (1980) stemmer: no stemming package is among the engine's dependencies, and the algorithm is short.
const C = '[^aeiou][^aeiouy]*';
const V = '[aeiouy][aeiou]*';
const MGR0 = new RegExp(`^(${C})?${V}${C}`, 'u');
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`, 'u');
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`, 'u');
const S_V = new RegExp(`^(${C})?[aeiouy]`, 'u');
const CVC = new RegExp(`^${C}[aeiouy][^aeiouwxy]$`, 'u');
const STEP1A = /^(.+?)(ss|i)es$/u;
const STEP1A2 = /^(.+?)([^s])s$/u;
const STEP1B = /^(.+?)eed$/u;
const STEP1B2 = /^(.+?)(ed|ing)$/u;
const ATBLIZ = /(at|bl|iz)$/u;
const DOUBLE = /([^aeiouylsz])\1$/u;
const STEP1C = /^(.+?)y$/u;
const STEP2 =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/u;
const STEP3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/u;
const STEP4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/u;
const STEP4B = /^(.+?)(s|t)(ion)$/u;
const STEP5 = /^(.+?)e$/u;
const STEP2_MAP: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent',
  eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful',
  ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3_MAP: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };

function porter(word: string): string {
  if (word.length < 3) return word;
  let w = word;
  const initialY = w[0] === 'y';
  if (initialY) w = 'Y' + w.slice(1);
  let m: RegExpExecArray | null;

  if ((m = STEP1A.exec(w))) w = m[1]! + m[2]!;
  else if ((m = STEP1A2.exec(w))) w = m[1]! + m[2]!;

  if ((m = STEP1B.exec(w))) {
    if (MGR0.test(m[1]!)) w = w.slice(0, -1);
  } else if ((m = STEP1B2.exec(w))) {
    const s = m[1]!;
    if (S_V.test(s)) {
      w = s;
      if (ATBLIZ.test(w)) w += 'e';
      else if (DOUBLE.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }

  if ((m = STEP1C.exec(w)) && S_V.test(m[1]!)) w = m[1]! + 'i';

  if ((m = STEP2.exec(w)) && MGR0.test(m[1]!)) w = m[1]! + STEP2_MAP[m[2]!]!;
  if ((m = STEP3.exec(w)) && MGR0.test(m[1]!)) w = m[1]! + STEP3_MAP[m[2]!]!;

  if ((m = STEP4.exec(w))) {
    if (MGR1.test(m[1]!)) w = m[1]!;
  } else if ((m = STEP4B.exec(w))) {
    const s = m[1]! + m[2]!;
    if (MGR1.test(s)) w = s;
  }

  if ((m = STEP5.exec(w))) {
    const s = m[1]!;
    if (MGR1.test(s) || (MEQ1.test(s) && !CVC.test(s))) w = s;
  }
  if (w.endsWith('ll') && MGR1.test(w)) w = w.slice(0, -1);

  if (initialY) w = 'y' + w.slice(1);
  return w;
}
