/** Tokens: words, numbers, dotted acronyms and punctuation with their offsets, norms and stems. */
import { stemmer } from 'stemmer';
import { STOP_WORDS } from './lexicon/stop-words';
import { memoized } from './memo';
import { WORD_CLASS } from './text';
import type { Token } from './types';

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
  // sticky: tokenize() asks for a token where one starts
  'y',
);
const WORD_CHAR = new RegExp(`[${WORD_CLASS}]`);
const CURLY_APOSTROPHE = /’/gu;
const NUMBER_COMMA = /(?<=\d),(?=\d{3})/gu;
const POSSESSIVE = /'s?$/u;
const ALPHA = /^[a-z]+$/u;

/** Strings of a text's words by offsets, in text order (wink-nlp's tokens and the lexicon's strings of them). */
export interface KnownWords {
  starts: Int32Array;
  ends: Int32Array;
  values: readonly (string | undefined)[];
}

/** wink-nlp's tags of the known words (KnownWords), column by column. */
export interface KnownTags {
  pos: readonly Token['pos'][];
  /** Lemmas as wink-nlp gives them: proper nouns keep their case. */
  lemmas: readonly string[];
  negation: readonly boolean[];
}

/**
 * Tokens of `text.slice(start, end)` with offsets into `text`: words, numbers, dotted acronyms, punctuation. A token
 * that is one of the `known` words is read as its string there, not sliced again: a string met before, whose hash is
 * kept, is found among the forms without a new copy hashed. With `tags` of the known words, each token is given the
 * part of speech, lemma and negation of the known word it starts with, as it is made: a second pass over an article's
 * tokens read each of them again from memory.
 */
export function tokenize(text: string, start = 0, end = text.length, known?: KnownWords, tags?: KnownTags): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  let j = known ? firstEndingAfter(known.ends, start) : 0;
  // TOKEN read where each token starts: the tokens a global search finds (every place but white space starts one),
  // without a match object each
  for (let k = 0; k < slice.length; ) {
    const c = slice.charCodeAt(k);
    TOKEN.lastIndex = k;
    if (c === 32 || (c >= 9 && c <= 13) || !TOKEN.test(slice)) {
      k++;
      continue;
    }
    const s = start + k;
    const e = start + TOKEN.lastIndex;
    let raw: string | undefined;
    if (known) {
      while (j < known.ends.length && known.ends[j]! <= s) j++;
      if (known.starts[j] === s && known.ends[j] === e) raw = known.values[j];
    }
    raw ??= slice.slice(k, TOKEN.lastIndex);
    k = TOKEN.lastIndex;
    const token = new WordToken(s, s + raw.length, formOf(raw));
    if (tags && j < known!.starts.length && known!.starts[j]! < token.end) giveTags(token, known!, tags, j);
    out.push(token);
  }
  return out;
}

/** Gives a token the tags of the j-th known word, the first that ends after the token's start and starts before its end. */
function giveTags(t: Token, known: KnownWords, tags: KnownTags, j: number): void {
  t.pos = tags.pos[j];
  const lemma = tags.lemmas[j]!;
  // A token wink-nlp splits further ("90-minute") keeps its own norm as lemma; a lemma that is the word as written
  // (a name's) is its norm, already lower-cased, where normalising changed nothing else (no ’, no comma)
  t.lemma = known.starts[j] !== t.start || known.ends[j] !== t.end ? t.norm : lemma === t.raw && !t.raw.includes('’') && !t.raw.includes(',') ? t.norm : lemma.toLowerCase();
  if (tags.negation[j]) t.negated = true;
}

/**
 * A token as tokenize() makes it. A class rather than an object literal: tokens live as long as their analysis, and
 * V8 then allocates the objects of a literal straight in the old generation ("pretenuring" by allocation site),
 * where a text's 3,000 tokens were slow to make and stayed as garbage after the analysis; objects of a class stay
 * young. The same fields in the same order as the literal (JSON alike).
 */
class WordToken implements Token {
  start: number;
  end: number;
  raw: string;
  norm: string;
  stem: string;
  content: boolean;
  pos: Token['pos'];
  lemma: string | undefined;
  negated: boolean | undefined;

  constructor(start: number, end: number, form: Form) {
    this.start = start;
    this.end = end;
    // raw is the form's copy of the same text, so that every later look-up by it reads a string whose hash is known
    this.raw = form.raw;
    this.norm = form.norm;
    this.stem = form.stem;
    this.content = form.content;
    // set here, undefined, so that tagging fills them in without changing each token's shape
    this.pos = undefined;
    this.lemma = undefined;
    this.negated = undefined;
  }
}

/** The first of `ends` (ascending) above `at`, by binary search. */
function firstEndingAfter(ends: Int32Array, at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Form {
  /** The token as written: the first string met with this text, shared by every token written so. */
  raw: string;
  norm: string;
  stem: string;
  content: boolean;
}

/** Norm, stem and content flag of a token as written, kept: news text repeats its words. */
const formOf = memoized((raw: string): Form => {
  const isWord = WORD_CHAR.test(raw);
  const norm = isWord ? normalise(raw) : raw;
  return { raw, norm, stem: isWord ? stem(norm) : norm, content: isWord && !STOP_WORDS.has(norm) };
});

/** Lower-cased word with curly apostrophes straightened and thousands separators removed. */
export function normalise(word: string): string {
  let norm = word.toLowerCase();
  if (norm.includes('’')) norm = norm.replace(CURLY_APOSTROPHE, "'");
  if (norm.includes(',')) norm = norm.replace(NUMBER_COMMA, '');
  return norm;
}

/** Three or more single letters each followed by a full stop: "f.b.i.", "n.a.s.a." (two, as in "u.s.", name places, which actors read). */
const DOTTED_ACRONYM = /^(?:\p{L}\.){3,}$/u;

/** Porter (1980) stem of a lower-cased word (the `stemmer` package); possessives dropped, non-alphabetic words as they are. */
export function stem(norm: string): string {
  return stems(norm);
}
const stems = memoized((norm: string): string => {
  const bare = norm.replace(POSSESSIVE, '');
  // a dotted acronym is its letters: "F.B.I." and "FBI" are one word
  return DOTTED_ACRONYM.test(bare) ? bare.replaceAll('.', '') : ALPHA.test(bare) ? stemmer(bare) : bare;
});
