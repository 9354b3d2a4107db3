/** The article builder: one article's structure, tokens, quotes, sentiment, actors and framing marks. */
import { findActors } from './actors';
import { findMarks, type Marks } from './markers';
import { tagTexts, type TagColumns } from './nlp';
import { findQuotes } from './quotes';
import { findDateline, sentenceSpans, type SentenceSpan } from './sentences';
import { combine, plain, scoreSpans, type SpanSentiment } from './sentiment';
import { countWords, headline as findHeadline, isSpace, paragraphs as findParagraphs, type Span } from './text';
import { tokenize } from './tokens';
import type { ArticleAnalysis, ArticleInput, NumberEntity, Paragraph, Quote, Sentence } from './types';

/** Everything about one article that does not need the other articles (no omissions, no coverage). */
export type ArticleModel = Omit<ArticleAnalysis, 'omissions' | 'coverage'>;

const TRAILING_PUNCTUATION = /(?<![\s,;:–—-])[\s,;:–—-]+$/u;

/**
 * The single-article models of several articles, in order. Each stage runs over every article before the next one
 * starts, tagging first: a stage reads large tables (wink-nlp's lexicon and automata, the word lists of the marks and
 * of the actors), which stay in the processor's caches from one article to the next instead of being read cold
 * after the other stages of each article.
 */
export function buildArticles(inputs: readonly ArticleInput[]): ArticleModel[] {
  // the tags are read by structure() only: no draft keeps them through the later stages
  const drafts = tagTexts(inputs.map((input) => blankLongRuns(input.text))).map((tags, k) => structure(inputs[k]!, tags));
  for (const stage of STAGES) for (const d of drafts) stage(d);
  return drafts.map(finish);
}

/** Build the single-article model: structure, quotes, sentiment, actors and framing marks. */
export function buildArticle(input: ArticleInput): ArticleModel {
  return buildArticles([input])[0]!;
}

/** An article on its way to its model: what the stages so far have found. */
interface Draft {
  input: ArticleInput;
  text: string;
  paraSpans: Span[];
  head: Span | undefined;
  dateline: Span | undefined;
  spans: SentenceSpan[];
  sentences: Sentence[];
  numberEntities: NumberEntity[];
  rawQuotes: Quote[];
  scores: SpanSentiment[];
  paragraphs: Paragraph[];
  found: ReturnType<typeof findActors>;
  marks: Marks;
}

/** Paragraphs, headline, dateline and sentences with their tokens, tagged as they are made, and the number entities. */
function structure(input: ArticleInput, tags: TagColumns): Draft {
  const text = input.text;
  const paraSpans = findParagraphs(text);
  const head = findHeadline(text, paraSpans);
  const dateline = findDateline(text, paraSpans, head);
  const spans = sentenceSpans(text, paraSpans, head, dateline);
  const sentences: Sentence[] = spans.map((span, index) => ({
    index,
    paragraph: span.paragraph,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    tokens: tokenize(text, span.start, span.end, tags, tags),
    heading: span.heading,
    sentiment: { score: 0, comparative: 0, words: [] },
  }));
  // the later stages' findings, filled in as they run
  return { input, text, paraSpans, head, dateline, spans, sentences, numberEntities: tags.entities, rawQuotes: [], scores: [], paragraphs: [], found: { actors: [], quotes: [], labels: [] }, marks: { highlights: [], attributions: [] } };
}

/** The stages after the structure, in the order data flows. */
const STAGES: readonly ((d: Draft) => void)[] = [
  // the tone is scored on tagged tokens: a word's part of speech and context decide whether it evaluates; the
  // outlet's tone is its own words, not those of the speakers it quotes
  (d) => {
    d.rawQuotes = findQuotes(d.text, d.sentences);
    d.scores = scoreSpans(d.text, d.sentences, d.rawQuotes);
    for (const s of d.sentences) {
      const score = d.scores[s.index]!;
      s.sentiment = { score: score.score, comparative: score.comparative, words: score.words };
    }
    const byParagraph: SpanSentiment[][] = d.paraSpans.map(() => []);
    d.spans.forEach((span, i) => byParagraph[span.paragraph]!.push(d.scores[i]!));
    d.paragraphs = d.paraSpans.map((para, p) => ({ index: p, start: para.start, end: para.end, sentiment: plain(combine(byParagraph[p]!)) }));
  },
  (d) => {
    d.found = findActors(d.text, d.sentences, d.rawQuotes, d.scores.map((x) => x.tokens));
  },
  (d) => {
    const { actors, quotes, labels } = d.found;
    d.marks = findMarks(d.text, { sentences: d.sentences, quotes, actors, labels, headline: d.head });
  },
];

/** The model of a draft every stage has run over. */
function finish(d: Draft): ArticleModel {
  const { input, text, head, dateline, sentences } = d;
  const title =
    input.title?.trim() || (head ? text.slice(head.start, head.end) : '') || shorten(sentences[0]?.text) || input.file || input.id;
  const model: ArticleModel = {
    id: input.id,
    title,
    wordCount: countWords(text),
    paragraphs: d.paragraphs,
    sentences,
    quotes: d.found.quotes,
    actors: d.found.actors,
    sentiment: plain(combine(d.scores)),
    highlights: d.marks.highlights,
    attributions: d.marks.attributions,
    numberEntities: d.numberEntities,
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

/** Longest run without spaces handed to wink-nlp, whose tokenizer is quadratic in a run's length (a word is shorter). */
const MAX_TAGGED_RUN = 64;

/** The text with runs of more than MAX_TAGGED_RUN non-space characters blanked to spaces: the same length, so offsets hold. */
function blankLongRuns(text: string): string {
  let out = '';
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i - runStart > MAX_TAGGED_RUN) {
      out += text.slice(copied, runStart) + ' '.repeat(i - runStart);
      copied = i;
    }
    runStart = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
