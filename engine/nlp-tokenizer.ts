/**
 * wink-nlp's tokenizer (its src/tokenizer.js) and the part of its document wrapper (src/dd-wrapper.js) the tokenizer
 * writes through, step for step, without the garbage they made for every token: the wrapper's look-up built an
 * array per known word, and the tokenizer a regular expression per piece of text and an array of all the pieces.
 * Words it cannot split by the lexicon go to wink-nlp's own recursive tokenizer (src/recursive-tokenizer.js).
 * nlp-tokenizer.test.ts checks the tokens against wink-nlp's tokenizer, nlp.test.ts the tagging against its readDoc.
 */
import compileTRex from "wink-nlp/src/compile-trex.js";
import winkConstants from "wink-nlp/src/constants.js";
import recursiveTokenizer from "wink-nlp/src/recursive-tokenizer.js";

/** The compiled tokenizer expressions (wink-nlp's src/compile-trex.js). */
interface CompiledTRex {
  rtc: unknown;
  /** Token category detectors, tried in order. */
  ltc: [RegExp, number][];
  helpers: Record<"anyWithRP" | "anyWithLP" | "LPanyRP" | "splitter", RegExp>;
}

/** What the tokenizer reads of the core model, as coreModel() in nlp.ts loads it. */
export interface TokenizerCore {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  packing: { layout: Record<string, number[]>; size: number };
  /** The lexicon's words (`list`, to which wink-nlp's cache adds those it meets) and each one's id. */
  features: { lexeme: { hash: Record<string, number | undefined>; intrinsicSize: number; list: readonly unknown[] } };
  trex: unknown;
  tcat: { hash: Record<string, number> };
  preserve: unknown;
}

/** The part of wink-nlp's token cache (its src/cache.js, over the same model) the tokenizer calls. */
export interface AddingCache {
  /** A word the lexicon lacks, added; its id. */
  add(text: string, category: number): number;
}

/** The document data the tokenizer fills. */
export interface TokenizedDocument {
  /** Four numbers a token (wink-nlp's layout), set by the tokenizer. */
  tokens: number[];
  nonBreakingSpaces: Record<number, string>;
}

/**
 * Pieces of text wink-nlp's recursive tokenizer split ("Trump’s", "90-minute", "U.S.-China"), for texts tokenized one
 * after another: its tokens are given again for the same piece with as many spaces before it while the lexicon has
 * not grown, since nothing else decides them, and splitting a piece through its 18 expressions made most of the
 * tokenizer's garbage. Kept by whoever tokenizes the texts, for as long as they are read together.
 */
export type Splits = Map<string, { spaces: number; lexemes: number; tokens: number[] }>;

/** The document methods wink-nlp's recursive tokenizer calls. */
interface DocumentMethods {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  isLexeme(text: string): boolean;
}
type RecursiveTokenize = (rtc: unknown, text: string, precedingSpaces: number, doc: DocumentMethods, nbsp: string | null) => void;

const { UNK, tkSize: TOKEN_SIZE, xpSize: EXPANSION_SIZE, bits4PrecedingSpace: BITS_FOR_SPACES, bits4lemma: BITS_FOR_LEMMA, xcMask: EXPANSION_COUNT_MASK, bits4xpPointer: BITS_FOR_EXPANSION } =
  winkConstants as Record<"UNK" | "tkSize" | "xpSize" | "bits4PrecedingSpace" | "bits4lemma" | "xcMask" | "bits4xpPointer", number>;
/** What addTokenIfInCache answers for a word it added (wink-nlp's own value). */
const FOUND = 99;
const MAX_PRECEDING_SPACES = 65_535;

type Process = (token: string, category: number, precedingSpaces: number, doc: DocumentMethods, nbsp: string | null) => void;

/** wink-nlp's tokenizer of a core model, adding words it lacks to `cache`: tokenize(data, text). */
export function createTokenizer(model: TokenizerCore, cache: AddingCache) {
  const categories = model.tcat.hash;
  const trex = (compileTRex as (trex: unknown) => CompiledTRex)(model.trex);
  const recursively = (recursiveTokenizer as (c: unknown, p: unknown) => RecursiveTokenize)(categories, model.preserve);
  let splits: Splits | undefined;
  const tokenizeRecursively = (text: string, precedingSpaces: number, nbsp: string | null): void => {
    const known = nbsp === null ? splits?.get(text) : undefined;
    if (known && known.spaces === precedingSpaces && known.lexemes === lexemes.length) {
      const t = known.tokens;
      for (let k = 0; k < t.length; k += TOKEN_SIZE) push(t[k]!, t[k + 1]!, t[k + 2]!, t[k + 3]!);
      return;
    }
    const from = count;
    const before = lexemes.length;
    recursively(trex.rtc, text, precedingSpaces, doc, nbsp);
    // a piece after a non-breaking space also writes the space down: it is split again
    if (splits && nbsp === null && lexemes.length === before) splits.set(text, { spaces: precedingSpaces, lexemes: before, tokens: scratch.slice(from, count) });
  };
  const { anyWithRP, anyWithLP, LPanyRP, splitter } = trex.helpers;
  if (splitter.source !== SPLITTER) throw new Error(`nlp-core.txt: the tokenizer's splitter is ${splitter.source}, not the ${SPLITTER} it reads`);
  const detectors = trex.ltc;
  const { lexicon, xpansions } = model;
  const { hash, intrinsicSize, list: lexemes } = model.features.lexeme;
  const packSize = model.packing.size;
  const isContraction = model.packing.layout.isContraction!;
  const lemmaLayout = model.packing.layout.lemma!;
  const punctuation = categories.punctuation!;
  const word = categories.word!;
  const unk = categories.unk!;

  let data: TokenizedDocument = { tokens: [], nonBreakingSpaces: {} };
  /**
   * The document's tokens while it is read, four numbers each, in an array kept for every text (`count` of them in use)
   * and copied out once at the end: an array grown by pushes was copied over and over as it grew.
   */
  const scratch: number[] = [];
  let count = 0;
  /** Adds a token's four numbers; the number of tokens after it. */
  const push = (id: number, spaces: number, lemmaAndPos: number, flags: number): number => {
    scratch[count++] = id;
    scratch[count++] = spaces;
    scratch[count++] = lemmaAndPos;
    scratch[count++] = flags;
    return count;
  };
  /**
   * Lexicon ids of the words met, in front of the lexicon's own index (`hash`), an object of 87,593 words read by
   * property: each token's text, a new string, was first looked up among the engine's interned strings there. Only
   * ids are kept, which never change; a word the lexicon lacks is asked again (wink-nlp's cache adds words it meets).
   */
  const ids = new Map<string, number>();
  const idOf = (text: string): number | undefined => {
    let id = ids.get(text);
    if (id === undefined) {
      id = hash[text];
      if (id !== undefined) {
        if (ids.size > 50_000) ids.clear();
        ids.set(text, id);
      }
    }
    return id;
  };
  /**
   * cache.add's answer: the id of `text`, added with its lower case where the lexicon lacks either. Where it has both,
   * add changes nothing and gives the text's id, which idOf reads without add's look-ups (and the two arrays it makes
   * for them): most words written with punctuation glued to them ("economy,") come here.
   */
  const added = (text: string, category: number): number => {
    const id = idOf(text);
    if (id !== undefined) {
      const lower = text.toLowerCase();
      if (lower === text || idOf(lower) !== undefined) return id;
    }
    return cache.add(text, category);
  };
  const doc: DocumentMethods = {
    _addToken(text, category, precedingSpaces, nbsp) {
      const idx = push(added(text, category), precedingSpaces, 0, 0);
      if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / TOKEN_SIZE - 1] = nbsp;
      return true;
    },
    // wink-nlp's cache.lookup and the wrapper's addTokenIfInCache in one, reading the lexicon in place
    _addTokenIfInCache(text, precedingSpaces, nbsp) {
      const index = idOf(text);
      if (index === undefined) return UNK;
      const contraction = index < intrinsicSize && (lexicon[isContraction[0]! + index * packSize]! & isContraction[1]!) >>> isContraction[2]!;
      if (!contraction) {
        const idx = push(index, precedingSpaces, 0, 0);
        if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / TOKEN_SIZE - 1] = nbsp;
        return FOUND;
      }
      const lemma = (lexicon[lemmaLayout[0]! + index * packSize]! & lemmaLayout[1]!) >>> lemmaLayout[2]!;
      const at = lemma & 16383;
      const count = (lemma & (EXPANSION_COUNT_MASK << BITS_FOR_EXPANSION)) >> BITS_FOR_EXPANSION;
      for (let k = 0; k < count; k += EXPANSION_SIZE) {
        const ps = (k === 0 ? precedingSpaces : 0) | ((at + k + 1) << BITS_FOR_SPACES);
        const idx = push(xpansions[at + k]!, ps, xpansions[at + k + 2]! | (xpansions[at + k + 3]! << BITS_FOR_LEMMA), 0);
        if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / TOKEN_SIZE - 1] = nbsp;
      }
      return FOUND;
    },
    isLexeme: (text) => idOf(text) !== undefined,
  };

  const detectCategory = (token: string): number => {
    for (let k = 0; k < detectors.length; k++) if (detectors[k]![0].test(token)) return detectors[k]![1];
    return unk;
  };
  const processDefault: Process = (token, category, precedingSpaces, d, nbsp) => {
    d._addToken(token, category, precedingSpaces, nbsp);
  };
  const processWordRP: Process = (token, _category, precedingSpaces, d, nbsp) => {
    // `^[a-z]\.$` arrives here instead of as a short form
    if (token.length === 2 && token[1] === ".") {
      d._addToken(token, word, precedingSpaces, nbsp);
    } else {
      d._addToken(token.slice(0, -1), word, precedingSpaces, nbsp);
      d._addToken(token.slice(-1), punctuation, 0, nbsp);
    }
  };
  const process = (token: string, category: number, precedingSpaces: number, nbsp: string | null) =>
    category === unk ? processUnk(token, precedingSpaces, nbsp) : (category === categories.wordRP ? processWordRP : processDefault)(token, category, precedingSpaces, doc, nbsp);
  const processUnk = (text: string, precedingSpaces: number, nbsp: string | null): void => {
    let match = text.match(anyWithRP);
    if (match) {
      if (doc._addTokenIfInCache(match[1]!, precedingSpaces, nbsp) === unk) {
        const category = detectCategory(match[1]!);
        if (category === unk) return tokenizeRecursively(text, precedingSpaces, nbsp);
        process(match[1]!, category, precedingSpaces, nbsp);
      }
      doc._addToken(match[2]!, punctuation, 0, nbsp);
      return;
    }
    match = text.match(anyWithLP);
    if (match) {
      if (doc.isLexeme(match[2]!)) {
        doc._addToken(match[1]!, punctuation, precedingSpaces, nbsp);
        doc._addTokenIfInCache(match[2]!, 0, nbsp);
        return;
      }
      const category = detectCategory(match[2]!);
      if (category === unk) return tokenizeRecursively(text, precedingSpaces, nbsp);
      doc._addToken(match[1]!, punctuation, precedingSpaces, nbsp);
      process(match[2]!, category, 0, nbsp);
      return;
    }
    match = text.match(LPanyRP);
    if (match) {
      if (doc.isLexeme(match[2]!)) {
        doc._addToken(match[1]!, punctuation, precedingSpaces, nbsp);
        doc._addTokenIfInCache(match[2]!, 0, nbsp);
        doc._addToken(match[3]!, punctuation, 0, nbsp);
        return;
      }
      const category = detectCategory(match[2]!);
      if (category === unk) return tokenizeRecursively(text, precedingSpaces, nbsp);
      doc._addToken(match[1]!, punctuation, precedingSpaces, nbsp);
      process(match[2]!, category, 0, nbsp);
      doc._addToken(match[3]!, punctuation, 0, nbsp);
      return;
    }
    tokenizeRecursively(text, precedingSpaces, nbsp);
  };

  return (into: TokenizedDocument, text: string, known?: Splits): void => {
    data = into;
    count = 0;
    splits = known;
    let precedingSpaces = 0;
    let nbsp: string | null = null;
    // the pieces `text.split(splitter)` gives, read off the text: runs of spaces, runs of line breaks and tabs, the rest
    for (let from = 0; from < text.length; ) {
      const kind = kindOf(text.charCodeAt(from));
      let to = from + 1;
      let plain = kind !== SPACE || text.charCodeAt(from) === 32;
      while (to < text.length && kindOf(text.charCodeAt(to)) === kind) plain = text.charCodeAt(to++) === 32 && plain;
      if (kind === SPACE) {
        precedingSpaces = to - from;
        if (!plain) {
          nbsp = text.slice(from, to);
          precedingSpaces = MAX_PRECEDING_SPACES;
        } else if (precedingSpaces > MAX_PRECEDING_SPACES - 1) precedingSpaces = MAX_PRECEDING_SPACES - 1;
      } else {
        const t = text.slice(from, to);
        if (doc._addTokenIfInCache(t, precedingSpaces, nbsp) === unk) process(t, detectCategory(t), precedingSpaces, nbsp);
        precedingSpaces = 0;
        nbsp = null;
      }
      from = to;
    }
    into.tokens = scratch.slice(0, count);
    splits = undefined;
  };
}

/** The model's splitter, which the tokenizer reads off the text itself: runs of spaces (SPACE), of line breaks and tabs (BREAK). */
const SPLITTER = "([ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]+|[\\n\\r\\t]+)";
const SPACE = 1;
const BREAK = 2;
const OTHER = 0;

function kindOf(c: number): number {
  if (c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f) return SPACE;
  return c === 10 || c === 13 || c === 9 ? BREAK : OTHER;
}
