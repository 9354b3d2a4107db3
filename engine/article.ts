import { sentences as splitSentences } from 'sbd';
import { STOP_WORDS } from './lexicon/stop-words';
import { findActors } from './actors';
import { findMarks } from './markers';
import { combine, plain, scoreSpans, type SpanSentiment } from './sentiment';
import { annotateTokens, tagText } from './nlp';
import { findQuotes } from './quotes';
import { countWords, headline as findHeadline, isSpace, paragraphs as findParagraphs, WORD_CLASS, type Span } from './text';
import type { ArticleAnalysis, ArticleInput, Paragraph, Sentence, Token } from './types';

/** Everything about one article that does not need the other articles (no omissions, no coverage). */
export type ArticleModel = Omit<ArticleAnalysis, 'omissions' | 'coverage'>;

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
  /^(?:[A-Z][A-Z.'’/-]*(?: [A-Z][A-Z.'’/-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?: \d{1,2})?)?(?: \([A-Za-z. &]{1,30}\))?|\([A-Z][A-Za-z. &]{1,30}\)) ?[–—-]{1,2}(?=\s)/u;
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
const TRAILING_PUNCTUATION = /(?<![\s,;:–—-])[\s,;:–—-]+$/u;
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

/** Short standalone lines that do not end like a sentence: section headings, captions. */
function isHeading(text: string, para: Span, next: Span | undefined): boolean {
  if (!next) return false;
  const line = text.slice(para.start, para.end);
  if (line.length > 100 || BULLET.test(line) || SENTENCE_END.test(line)) return false;
  return countWords(line) <= 14;
}

// Porter (1980) stemmer: no stemming package is among the engine's dependencies, and the algorithm is short.
const C = '[^aeiou][^aeiouy]*';
const V = '[aeiouy][aeiou]*';
const MGR0 = new RegExp(`^(?:${C})?${V}${C}`, 'u');
const MEQ1 = new RegExp(`^(?:${C})?${V}${C}(?:${V})?$`, 'u');
const MGR1 = new RegExp(`^(?:${C})?${V}${C}${V}${C}`, 'u');
const S_V = new RegExp(`^(?:${C})?[aeiouy]`, 'u');
const CVC = new RegExp(`^${C}[aeiouy][^aeiouwxy]$`, 'u');
const STEP1A = /^(.+?)(ss|i)es$/u;
const STEP1A2 = /^(.+?)([^s])s$/u;
const STEP1B = /^(.+?)eed$/u;
const STEP1B2 = /^(.+?)(ed|ing)$/u;
const ATBLIZ = /(?:at|bl|iz)$/u;
const DOUBLE = /([^aeiouylsz])\1$/u;
const STEP1C = /^(.+?)y$/u;
const STEP2 =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/u;
const STEP3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/u;
const STEP4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/u;
const STEP4B = /^(.+?)(s|t)ion$/u;
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
