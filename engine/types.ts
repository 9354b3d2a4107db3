/** The engine's data model: inputs, the per-article analysis, marks, facts, omissions and the comparison. */
import type { Span } from './text';

export type { Span } from './text';

/** Universal part-of-speech tag (https://universaldependencies.org/u/pos/) as wink-nlp assigns it. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SPACE'
  | 'SYM'
  | 'VERB'
  | 'X';

/** A number-like entity wink-nlp's model recognises, with its offsets. */
export interface NumberEntity {
  start: number;
  end: number;
  type:
    | 'CARDINAL'
    | 'DATE'
    | 'DURATION'
    | 'MONEY'
    | 'ORDINAL'
    | 'PERCENT'
    | 'TIME'
    | string;
  text: string;
}

/** One article handed to the engine. `id` is unique within a call. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  file?: string;
}

/** A sentiment figure from the `sentiment` package (AFINN-165). */
export interface SentimentScore {
  /** Sum of the AFINN scores of the words. */
  score: number;
  /** score divided by the number of tokens. */
  comparative: number;
}

/** A word that moved a sentiment score, with where it stands in the article text. */
export interface ScoredWord extends Span {
  word: string;
  score: number;
}

export interface DetailedSentiment extends SentimentScore {
  words: ScoredWord[];
}

/** A token of the article text: `text.slice(start, end) === raw`. */
export interface Token extends Span {
  raw: string;
  /** Lower-cased, quotes and punctuation normalised. */
  norm: string;
  /** Stem of `norm` for matching across articles. */
  stem: string;
  /** True for words that carry content (not stop words, not punctuation). */
  content: boolean;
  /** Universal part-of-speech tag from wink-nlp (engine/nlp.ts). */
  pos?: Pos;
  /** Lower-cased lemma from wink-nlp ("berating" → "berate"); the norm where wink-nlp splits the token. */
  lemma?: string;
  /** True inside the scope of a negation ("did not welcome"). */
  negated?: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  tokens: Token[];
  /** True when the sentence is the headline or a section heading. */
  heading: boolean;
  sentiment: DetailedSentiment;
}

export interface Paragraph extends Span {
  index: number;
  sentiment: SentimentScore;
}

/** A direct quote; `speaker` is the actor id where the text names one. */
export interface Quote extends Span {
  text: string;
  speaker?: string;
  speakerName?: string;
}

export type ActorKind = 'person' | 'organisation' | 'country' | 'other';

/** A person, organisation or country the article talks about, after coreference. */
export interface Actor {
  /** Stable across articles: the same real-world actor gets the same id in every article. */
  id: string;
  name: string;
  kind: ActorKind;
  /** Every mention in text order; `label` holds the descriptor or role words of that mention ("the president"). */
  mentions: (Span & { text: string; sentence: number; label?: string })[];
  /** Descriptors in front of the name as written: "former President", "Chinese leader". */
  labels: string[];
  /** Every way the article writes the name itself, without descriptors: "Xi Jinping", "Xi", "XI". */
  aliases?: string[];
  sentiment: SentimentScore;
}

/** The framing-mark categories, in the order a legend lists them. */
export const MARK_CATEGORIES = ['loaded', 'intensifier', 'hedge', 'attribution', 'label', 'emphasis', 'headline'] as const;

export type MarkCategory = (typeof MARK_CATEGORIES)[number];

export type AttributionClass = 'neutral' | 'doubt' | 'endorse' | 'wrongdoing';

/** A framing mark: a span with a category and a reason a reader understands. */
export interface Highlight extends Span {
  text: string;
  category: MarkCategory;
  reason: string;
  /** Set for attribution verbs. */
  attribution?: AttributionClass;
  /** Set when the words are inside a direct quote: the speaker's words, not the outlet's. */
  quoted?: { speaker?: string };
}

/** Everything the engine knows about one article. Offsets are into the input text. */
export interface ArticleAnalysis {
  id: string;
  title: string;
  file?: string;
  wordCount: number;
  headline?: Span & { text: string };
  dateline?: Span & { text: string };
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  actors: Actor[];
  sentiment: SentimentScore;
  /** Numbers, dates, durations, money and percentages wink-nlp recognises (engine/nlp.ts). */
  numberEntities: NumberEntity[];
  highlights: Highlight[];
  /** Attribution verbs the article uses, neutral ones included; only non-neutral ones are also in `highlights`. */
  attributions?: Highlight[];
  omissions: Omission[];
  /** Share of the comparison's facts this article carries, 0..1. */
  coverage: number;
}

export type FactKind = 'number' | 'person-role' | 'quote' | 'statement';

/** A fact told by one or more articles, at finer grain than a sentence. */
export interface Fact {
  id: string;
  kind: FactKind;
  text: string;
  presentIn: string[];
  /** Per carrying article: the index of the sentence that carries the fact. */
  sentences: Record<string, number>;
  /** Number facts: the value in a normalised form ("145%", "$295 billion", "90 minutes"). */
  value?: string;
  /** Articles that leave the fact out: each has an omission for it, or one that stands for it (Omission.covers). */
  omittedBy?: string[];
  /** Articles that tell the fact in part or in other words: neither carriers nor omissions. */
  partialIn?: string[];
  /** 0..1: how widely the story's articles carry it, main actors, a figure, the main event. */
  importance?: number;
  /**
   * Why no article is said to leave the fact out, though enough others carry it: only headlines carry it (a headline
   * sums up), or what its tellings share is little more than names.
   */
  uncounted?: 'headline' | 'names';
}

/** A fact that other articles carry and this one leaves out. */
export interface Omission {
  factId: string;
  kind?: FactKind;
  /** What the article leaves out: the fact's text, or its main clause where the article tells the clause after it. */
  text: string;
  presentIn: string[];
  /**
   * Other articles that tell the fact in part or in other words (Fact.partialIn). For a statement fewer than the
   * threshold carry, those that say as much of it as a carrier must count with the carriers as the others that report it.
   */
  partialIn?: string[];
  /** The sentence after which the fact would fit; -1 means before the first sentence. */
  anchor: { afterSentence: number };
  /** The fact's importance, 0..1 (see Fact.importance). */
  importance?: number;
  /** A minor fact: listed after the important ones and folded away until asked for. */
  minor?: boolean;
  /**
   * Facts the article leaves out too, which this box stands for, as a second box would repeat it: the statements of
   * the passage whose figure, quote or team it shows, and a statement or quote whose words it says (a quoted fragment
   * and the sentence it comes from).
   */
  covers?: string[];
}

/** A differing word in aligned sentences, classified where it is a framing word. */
export interface WordDifference {
  articleId: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
  category?: MarkCategory;
  reason?: string;
  /** For attribution verbs: neutral ("said"), doubt ("claimed"), endorse ("confirmed"), wrongdoing ("admitted"). */
  attribution?: AttributionClass;
}

/** Sentences that tell the same fact, one (or none) per article, with their word-level differences. */
export interface Alignment {
  id: string;
  members: { articleId: string; sentence: number }[];
  similarity: number;
  factIds: string[];
  differences: WordDifference[];
}

export type ContradictionKind = 'number' | 'date' | 'title' | 'ordinal';

/** A fact on which articles disagree. */
export interface Contradiction {
  id: string;
  kind: ContradictionKind;
  subject: string;
  reason: string;
  /** Each article's telling; values of one `side` agree with each other ("President X" and "President Y X"). */
  values: { articleId: string; text: string; sentence: number; side: number }[];
}

/** A group or thing the articles name with common nouns ("the caravan", "migrants"), with every naming. */
export interface Concept {
  id: string;
  /** Its head nouns, most used first, joined by " / ". */
  name: string;
  /** The head nouns (lemmas) that name it: one, or several that aligned sentences swap for each other. */
  heads: string[];
  mentions: (Span & { articleId: string; sentence: number; text: string })[];
}

/** The engine's result for a set of articles. Plain JSON. */
export interface Comparison {
  articles: ArticleAnalysis[];
  facts: Fact[];
  alignments: Alignment[];
  contradictions: Contradiction[];
  /** facts × articles: coverage.matrix[f][a] is true when articles[a] carries facts[f]. */
  coverage: { factIds: string[]; articleIds: string[]; matrix: boolean[][] };
  /** The stories the set holds, as article ids, compared each on its own; an article alone is about another story. */
  stories?: string[][];
  /** Unnamed concepts shared by two outlets or more (engine/concepts.ts). */
  concepts?: Concept[];
}

export interface AnalyzeOptions {
  /** How many other articles must carry a fact before its absence counts as an omission. Default 2. */
  omissionThreshold?: number;
}
