/** The article builder: one article's structure, tokens, quotes, sentiment, actors and framing marks. */
import { findActors } from './actors';
import { findMarks } from './markers';
import { tagColumns, tagTokens, type TagColumns } from './nlp';
import { findQuotes } from './quotes';
import { findDateline, sentenceSpans } from './sentences';
import { combine, plain, scoreSpans, type SpanSentiment } from './sentiment';
import { countWords, headline as findHeadline, isSpace, paragraphs as findParagraphs } from './text';
import { tokenize } from './tokens';
import type { ArticleAnalysis, ArticleInput, Paragraph, Sentence, Token } from './types';

/** Everything about one article that does not need the other articles (no omissions, no coverage). */
export type ArticleModel = Omit<ArticleAnalysis, 'omissions' | 'coverage'>;

const TRAILING_PUNCTUATION = /(?<![\s,;:–—-])[\s,;:–—-]+$/u;

/**
 * The single-article models of several articles, in order. Every text is tagged before the first article is built:
 * the tagger reads large tables (wink-nlp's lexicon and automata), which stay in the processor's caches from one text
 * to the next; tagged between the other stages of each article, the texts took half as long again to tag.
 */
export function buildArticles(inputs: readonly ArticleInput[]): ArticleModel[] {
  const tags = inputs.map((input) => tagColumns(blankLongRuns(input.text)));
  return inputs.map((input, k) => buildTagged(input, tags[k]!));
}

/** Build the single-article model: structure, quotes, sentiment, actors and framing marks. */
export function buildArticle(input: ArticleInput): ArticleModel {
  return buildTagged(input, tagColumns(blankLongRuns(input.text)));
}

/** The single-article model of `input`, whose text wink-nlp has tagged (`tags`). */
function buildTagged(input: ArticleInput, tags: TagColumns): ArticleModel {
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
    tokens: tokenize(text, span.start, span.end),
    heading: span.heading,
    sentiment: { score: 0, comparative: 0, words: [] },
  }));
  // a plain loop: flatMap() took most of the time this step takes
  const tokens: Token[] = [];
  for (const s of sentences) for (const t of s.tokens) tokens.push(t);
  const numberEntities = tagTokens(tags, tokens);
  // the tone is scored on tagged tokens: a word's part of speech and context decide whether it evaluates; the
  // outlet's tone is its own words, not those of the speakers it quotes
  const rawQuotes = findQuotes(text, sentences);
  const scores = scoreSpans(text, sentences, rawQuotes);
  for (const s of sentences) {
    const score = scores[s.index]!;
    s.sentiment = { score: score.score, comparative: score.comparative, words: score.words };
  }
  const byParagraph: SpanSentiment[][] = paraSpans.map(() => []);
  spans.forEach((span, i) => byParagraph[span.paragraph]!.push(scores[i]!));
  const paragraphs: Paragraph[] = paraSpans.map((para, p) => ({
    index: p,
    start: para.start,
    end: para.end,
    sentiment: plain(combine(byParagraph[p]!)),
  }));

  const { actors, quotes, labels } = findActors(text, sentences, rawQuotes, scores.map((x) => x.tokens));
  const { highlights, attributions } = findMarks(text, { sentences, quotes, actors, labels, headline: head });
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
    attributions,
    numberEntities,
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
