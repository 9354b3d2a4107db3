/** Parts of speech, lemmas, negation and number entities of a text, from wink-nlp, by character offset. */
import createCache from "wink-nlp/src/cache.js";
import winkConstants from "wink-nlp/src/constants.js";
import winkIts from "wink-nlp/src/its.js";
import searchSpans from "wink-nlp/src/search.js";
import tokenMappers from "wink-nlp/src/tokens-mappers.js";
import featureFn from "wink-eng-lite-web-model/dist/feature.js";
import loadNegationModel from "wink-eng-lite-web-model/dist/load-negation-model.js";
import loadNerModel from "wink-eng-lite-web-model/dist/load-ner-model.js";
import loadPosModel from "wink-eng-lite-web-model/dist/load-pos-model.js";
import loadSbdModel from "wink-eng-lite-web-model/dist/load-sbd-model.js";
import exceptionPairs from "./assets/lemma-exceptions.json";
import type { NumberEntity, Pos, Token } from "./types";
import { Automaton, type Match } from "./nlp-automaton";
import { createTokenizer, type Splits, type TokenizerCore } from "./nlp-tokenizer";
import { readAsset, SpaceSeparated, textOf } from "./asset-text";
import { assetBytes } from "./assets";
import { decodeBase64 } from "./word-vectors";

export type { NumberEntity, Pos } from "./types";

/** One wink-nlp token: `text.slice(start, end)` is its value. */
export interface TaggedToken {
  start: number;
  end: number;
  pos: Pos;
  /** Lower-cased lemma ("berating" → "berate"); proper nouns keep their case. */
  lemma: string;
  /** True inside the scope of a negation ("did not welcome"). */
  negated: boolean;
}

export interface TaggedText {
  tokens: TaggedToken[];
  entities: NumberEntity[];
}

/** The part of wink-nlp's token cache a lemmatizer asks: whether the model knows `word` with that part of speech. */
interface LemmaCache {
  hasSamePOS(word: string, pos: string): boolean;
}
type Lemmatize = (value: string, pos: string, cache: LemmaCache) => string;

type ExceptionPos = "ADJ" | "NOUN" | "VERB";
let exceptions: Record<ExceptionPos, string[]> | undefined;

/**
 * An irregular form's lemma for a part of speech ("geese" → goose), from engine/assets/lemma-exceptions.json, whose
 * pairs come in the forms' alphabetical order: a binary search there costs less than indexing the 9,000 pairs at
 * every start of the worker (lemmatize's answers are kept, so a form is looked up once).
 */
function exceptionOf(pos: ExceptionPos, form: string): string | undefined {
  exceptions ??= { ADJ: exceptionPairs.ADJ.split(" "), NOUN: exceptionPairs.NOUN.split(" "), VERB: exceptionPairs.VERB.split(" ") };
  const pairs = exceptions[pos];
  const k = sortedIndexOf(pairs.length >> 1, (m) => pairs[2 * m]!, form);
  return k < 0 ? undefined : pairs[2 * k + 1];
}

/**
 * Where `target` stands among `count` strings in ascending order (as `<` compares them), `keyAt(k)` the k-th, or -1.
 * Hand-written: no kept library searches a list in place.
 */
function sortedIndexOf(count: number, keyAt: (k: number) => string, target: string): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = keyAt(mid);
    if (at === target) return mid;
    if (at < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const NOUN_ENDINGS: readonly [RegExp, string][] = [
  [/s$/, ""],
  [/ses$/, "s"],
  [/xes$/, "x"],
  [/zes$/, "s"],
  [/ves$/, "f"],
  [/ches$/, "ch"],
  [/shes$/, "sh"],
  [/ies$/, "y"],
];

/**
 * wink-eng-lite-web-model's lemmatizer (its dist/lemmatize.js), step for step, over the same WordNet exception
 * lists read from an asset: the package builds them with 270 kB of JavaScript, which the analysis worker compiled
 * and ran at every start. nlp.test.ts checks it against the package's on every word of the model's lexicon.
 */
export function lemmatize(value: string, pos: string, cache: LemmaCache): string {
  if (pos !== "ADJ" && pos !== "NOUN" && pos !== "VERB") return value;
  const exception = exceptionOf(pos, value);
  if (exception) return exception;
  if (pos === "ADJ") {
    let lemma = value.replace(/est$|er$/, "");
    if (lemma.length === value.length) return value;
    if (cache.hasSamePOS(lemma, "ADJ")) return lemma;
    lemma += "e";
    return cache.hasSamePOS(lemma, "ADJ") ? lemma : value;
  }
  if (pos === "VERB") {
    let lemma = value.replace(/s$/, "");
    if (lemma.length !== value.length && cache.hasSamePOS(lemma, "VERB")) return lemma;
    lemma = value.replace(/ies$/, "y");
    if (lemma.length !== value.length && cache.hasSamePOS(lemma, "VERB")) return lemma;
    lemma = value.replace(/es$|ed$|ing$/, "");
    if (lemma.length !== value.length) {
      if (cache.hasSamePOS(lemma, "VERB")) return lemma;
      lemma += "e";
      if (cache.hasSamePOS(lemma, "VERB")) return lemma;
    }
    return value;
  }
  for (const [ending, by] of NOUN_ENDINGS) {
    const lemma = value.replace(ending, by);
    if (lemma.length !== value.length && cache.hasSamePOS(lemma, "NOUN")) return lemma;
  }
  return value.replace(/men$/, "man");
}
/** Lemmas by part of speech and word; bounded like the token caches. */
const lemmaCache = new Map<string, Map<string, string>>();

/**
 * The model's lemmatizer with its answers kept. It depends only on the word, its part of speech and the model's
 * own vocabulary (words met in texts are never base forms to it), so a kept answer is the answer it would give.
 */
function keptLemmas(lemmatize: Lemmatize): Lemmatize {
  let size = 0;
  return (value, pos, cache) => {
    let byWord = lemmaCache.get(pos);
    let lemma = byWord?.get(value);
    if (lemma !== undefined) return lemma;
    lemma = lemmatize(value, pos, cache);
    if (++size > 50_000) {
      lemmaCache.clear();
      size = 0;
      byWord = undefined;
    }
    if (!byWord) lemmaCache.set(pos, (byWord = new Map()));
    byWord.set(value, lemma);
    return lemma;
  };
}

/** The parts of the core model's JSON that loading it changes. */
interface CoreData {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[]; size: number };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
}
interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** A column of the lexicon (one number a word, of the model's packing.size) that is `usual` but at the words `others` names (position, number, position, number…). */
interface UsualColumn {
  column: number;
  usual: number;
  others: number[];
}

/** engine/assets/nlp-core.txt's first line (scripts/build-nlp-core.ts): the core but for its long fields. */
interface CoreHeader {
  wordCount: number;
  /** The words that the `words` field leaves empty, by position. */
  special: [number, string][];
  /** The lexicon's columns left out of its `lexicon` field, which packs the others. */
  usualColumns: UsualColumn[];
  core: CoreData;
}

/**
 * The lexicon as the model packs it (each word's `size` numbers together), from the packed numbers of its other
 * columns and its usual ones. Hand-written: the asset's own form, 0.47 MB smaller than the whole lexicon's base64.
 */
function lexiconOf(packed: Uint32Array, usualColumns: readonly UsualColumn[], size: number, count: number): Uint32Array {
  const out = new Uint32Array(count * size);
  const columns = Array.from({ length: size }, (_, c) => c).filter((c) => !usualColumns.some((u) => u.column === c));
  if (packed.length !== count * columns.length) throw new Error(`engine/assets/nlp-core.txt: the lexicon holds ${packed.length} numbers, not ${count * columns.length}`);
  const kept = columns.length;
  for (let j = 0; j < kept; j++) {
    const c = columns[j]!;
    for (let k = 0, i = c, from = j; k < count; k++, i += size, from += kept) out[i] = packed[from]!;
  }
  for (const { column, usual, others } of usualColumns) {
    if (usual !== 0) for (let i = column; i < out.length; i += size) out[i] = usual;
    for (let j = 0; j < others.length; j += 2) out[others[j]! * size + column] = others[j + 1]!;
  }
  return out;
}

/** The core model, and the lexicon's word of an id (wink-nlp's cache.value, which nlp.ts puts in its place). */
export interface CoreModel {
  model: unknown;
  wordAt: (id: number) => string | undefined;
}

/**
 * The model's core as the package's own loader makes it (read-core-model.js, load-core-model.js), without its
 * slow steps: it copies the whole 3 MB model through JSON.stringify and JSON.parse, decodes the lexicon's base64 a
 * character at a time, and fills an object with the lexicon's 87,593 words. Here only the first line of
 * engine/assets/nlp-core.txt is parsed (engine/assets.ts: a JSON module of the core took 70 MB under vite-node, which
 * runs the bench and the tests); the lexicon (lexiconOf) and its expansions are decoded from their fields, and a word is
 * cut from the one string of them when it is first asked for (wordAt) and kept in the lexeme list, which is otherwise
 * left empty where the lexicon's words stand: splitting them all made 87,593 strings at every start of the worker,
 * with their garbage collection about a fifth of its start. nlp.test.ts checks the result against the package's loader.
 */
export function coreModel(): CoreModel {
  const { header, fields } = readAsset(assetBytes("nlp-core.txt"), "engine/assets/nlp-core.txt");
  const { wordCount: count, special, usualColumns, core: model } = header as unknown as CoreHeader;
  const { packing, features, pos } = model;
  const layout = packing.layout;
  const packed = decodeBase64(fields.lexicon!);
  model.lexicon = lexiconOf(new Uint32Array(packed.buffer, packed.byteOffset, packed.byteLength >> 2), usualColumns, packing.size, count);
  const xpansions = decodeBase64(fields.xpansions!);
  model.xpansions = new Uint32Array(xpansions.buffer, xpansions.byteOffset, xpansions.byteLength / 4);
  packing.efList = [];
  for (const f in layout) {
    const feature = features[f];
    if (layout[f]![3] === 0 && feature) {
      feature.hash = hashOf(feature.list as string[]);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f]![1]! >>> layout[f]![2]!;
    }
    if (layout[f]![4] === 1) packing.efList.push(f);
  }
  const words = new SpaceSeparated(textOf(fields.words!), count);
  if (words.length !== count) throw new Error(`engine/assets/nlp-core.txt: ${words.length} words, not ${count}`);
  const specialAt = new Map(special);
  // holes where the lexicon's words stand (wink-nlp pushes the words it meets after them)
  const list = new Array<string>(count);
  const wordAt = (id: number): string | undefined => {
    const word = list[id];
    if (word !== undefined || !(id >>> 0 === id && id < count)) return word;
    return (list[id] = specialAt.get(id) ?? words.at(id)!);
  };
  const lexeme = features.lexeme!;
  lexeme.list = list;
  lexeme.hash = wordIndex(wordAt, count, textOf(fields.apart!));
  lexeme.intrinsicSize = count;
  lexeme.index = count;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  }
  return { model, wordAt };
}

/** Each item's position, by item. */
function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/**
 * Each word's position, read and written as wink-nlp reads and writes a plain object (`hash[word]`). Indexing the
 * lexicon's 87,593 words took about 14 ms of every start of the worker; here a word is found by binary search among
 * the words in alphabetical order where they stand (all but the `apart` few, whose positions come in the order of
 * their words, and which a binary search of their own finds) when it is first asked for, and the
 * answer kept as a property of the object, a word the lexicon lacks included (as undefined: its tokenizer asks again
 * for pieces of words it met); words added later (wink-nlp adds those it meets) are kept likewise. A word asked for
 * the first time falls through to the object's prototype, a Proxy, whose trap finds and keeps it: a word asked
 * again is read without a trap (a trap on every look-up cost more than the look-up, for every token of every text).
 */
function wordIndex(wordAt: (k: number) => string | undefined, count: number, apart: string): Record<string, number> {
  const apartAt = apart ? Int32Array.from(apart.split(" "), Number) : new Int32Array(0);
  const isApart = new Uint8Array(count);
  for (const k of apartAt) isApart[k] = 1;
  /** The position of `word` among the words in alphabetical order where they stand, skipping those apart, or -1. */
  const inOrder = (word: string): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      // the nearest word in order at or below mid, else above it, within lo..hi
      let m = mid;
      while (m >= lo && isApart[m]) m--;
      if (m < lo) {
        m = mid + 1;
        while (m <= hi && isApart[m]) m++;
        if (m > hi) return -1;
      }
      const at = wordAt(m)!;
      if (at === word) return m;
      if (at < word) lo = m + 1;
      else hi = m - 1;
    }
    return -1;
  };
  /** Words the lexicon lacks among the answers kept, counted to bound them. */
  let lacking = 0;
  const keep = (hash: Record<string, number | undefined>, word: string, value: number | undefined) =>
    Object.defineProperty(hash, word, { value, writable: true, enumerable: true, configurable: true });
  const firstAsked = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, word, hash: Record<string, number | undefined>) => {
      if (typeof word !== "string") return undefined;
      let k: number | undefined = inOrder(word);
      if (k < 0) {
        const at = sortedIndexOf(apartAt.length, (m) => wordAt(apartAt[m]!)!, word);
        k = at < 0 ? undefined : apartAt[at]!;
      }
      if (k === undefined && ++lacking > 50_000) {
        for (const w in hash) if (hash[w] === undefined) delete hash[w];
        lacking = 1;
      }
      keep(hash, word, k);
      return k;
    },
    set: (_, word, value: number, hash: Record<string, number | undefined>) => {
      if (typeof word === "string") keep(hash, word, value);
      return true;
    },
  });
  return Object.create(firstAsked) as Record<string, number>;
}

/** The part of wink-nlp's token cache that the model's token transformers read. */
interface TokenCache {
  property(id: number, name: string): unknown;
  value(id: number): string | undefined;
}
type Transformer = (token: number, cache: TokenCache, rawTokens: ArrayLike<number>, i: number) => number;

/** A wink-nlp model loader's answer: its automata, their token transformers, and what writes their findings. */
interface TransformedModel {
  machines: unknown[];
  transformers: (Transformer | undefined)[];
  setter?: unknown;
  updater?: unknown;
}

/** Largest token id whose answers are kept (the lexicon's 87,593 words and those met in texts after them). */
const MAX_KEPT_TOKEN = 1 << 20;
/** What the models' transformers add to a hint to tell it from a token id (their dist/*-transformers.js). */
const HINT_DELTA = 1_080_000;

/**
 * A number worked out from a token id alone, kept by id. An id never changes meaning (wink-nlp's cache only ever
 * adds words), so a kept answer is the answer `answer` would give. Answers are whole numbers from -1 up.
 */
class KeptById {
  private kept = new Int32Array(1 << 17);

  constructor(private readonly answer: (id: number, cache: TokenCache) => number) {}

  get(id: number, cache: TokenCache): number {
    if (!(id >= 0 && id < MAX_KEPT_TOKEN && Number.isInteger(id))) return this.answer(id, cache);
    if (id >= this.kept.length) {
      const grown = new Int32Array(Math.min(MAX_KEPT_TOKEN, 2 * Math.max(this.kept.length, id + 1)));
      grown.set(this.kept);
      this.kept = grown;
    }
    const known = this.kept[id]!;
    if (known !== 0) return known - 1;
    const value = this.answer(id, cache);
    this.kept[id] = value + 1;
    return value;
  }
}

/** A numeric lexicon property of a token id (a hint), 0 where it has none; kept by id. */
function keptHint(name: string): KeptById {
  return new KeptById((id, cache) => Number(cache.property(id, name)) || 0);
}

/**
 * The models' token transformers with their answers kept by token id: each ran for every token of every text and
 * read the lexicon, and the NER one built a string per token. The NER transformer reads only its token's word and
 * properties, so it is kept whole; the POS and sentence ones are wink-eng-lite-web-model's (its
 * dist/pos-transformers.js and dist/sbd-transformers.js), step for step, over kept hints.
 */
function nerModel(): TransformedModel {
  const model = (loadNerModel as () => TransformedModel)();
  const transform = model.transformers[0];
  if (!transform) return model;
  const kept = new KeptById((token, cache) => transform(token, cache, [], 0));
  const keptTransform: Transformer = (token, cache) => kept.get(token, cache);
  return { ...model, transformers: [keptTransform, ...model.transformers.slice(1)] };
}

function posModel(): TransformedModel {
  const model = (loadPosModel as () => TransformedModel)();
  const hint = keptHint("posHint");
  const transform: Transformer = (pos, cache, rawTokens, i) => {
    const mapped = hint.get(rawTokens[4 * i]!, cache);
    return mapped ? mapped + HINT_DELTA : pos;
  };
  return { ...model, transformers: model.transformers.map(() => transform) };
}

function sbdModel(): TransformedModel {
  const model = (loadSbdModel as () => TransformedModel)();
  const hint = keptHint("sbdHint");
  const abbreviation = new KeptById((token, cache) =>
    cache.property(token, "isAbbrev") ? HINT_DELTA + (cache.value(token)!.length === 2 ? 8 : 7) : 0,
  );
  const transform: Transformer = (token, cache, rawTokens, i) => {
    let mapped = hint.get(token, cache) || hint.get(rawTokens[4 * i]!, cache);
    // a right-side ambiguous quote: one with spaces before it is told apart
    if (mapped === 4) mapped = rawTokens[4 * i + 1]! & 0xffff ? 6 : 4;
    if (mapped) return mapped + HINT_DELTA;
    return abbreviation.get(token, cache) || token;
  };
  return { ...model, transformers: model.transformers.map(() => transform) };
}

/** wink-nlp's token cache (its src/cache.js): the part the pipeline reads. */
interface WinkCache extends TokenCache, LemmaCache {
  lookup(text: string): number[] | null;
  valueOf(feature: string, index: number): string;
  add(text: string, category: number): number;
}

/** wink-nlp's raw document data (the `rdd` of its readDoc), as its setters and its.* functions read it. */
interface RawDocument {
  cache: WinkCache;
  /** Four numbers a token: lexeme id, preceding spaces (and expansion), part of speech and lemma, negation flag. */
  tokens: number[];
  sentences: number[][];
  markings: unknown[];
  currPipe: Record<string, boolean>;
  nonBreakingSpaces: Record<number, string>;
  numOfTokens: number;
  numOfSentences: number;
  document: number[];
  entities: Match[];
}

type Setter = (px: Match[], rdd: RawDocument, ...rest: unknown[]) => void;
type PosSetter = (rdd: RawDocument, posTags: number[], tkSize: number, bits4lemma: number) => void;
type PosUpdater = (px: Match[], cache: WinkCache, posTags: number[], normals: number[]) => void;
/** A model's automata, each with its token transformer. */
interface Pass {
  automata: Automaton<WinkCache>[];
  transformers: (Transformer | undefined)[];
}

/** wink-nlp's pipeline for "sbd", "pos", "ner" and "negation", put together as its winkNLP() loads it. */
interface Pipeline {
  cache: WinkCache;
  tokenize: (rdd: RawDocument, text: string, splits?: Splits) => void;
  sbd: Pass & { setter: Setter };
  ner: Pass;
  negation: Automaton<WinkCache>;
  negationSetter: Setter;
  pos: Pass & { setter: PosSetter; updater: PosUpdater };
}

const PIPE = { sbd: true, pos: true, ner: true, negation: true };
/** wink-nlp's token layout (its src/constants.js). */
const { tkSize: TOKEN_SIZE, bits4lemma: BITS_FOR_LEMMA, posMask: POS_MASK, negationFlag: NEGATION_FLAG } = winkConstants as Record<"tkSize" | "bits4lemma" | "posMask" | "negationFlag", number>;
const { mapRawTokens2UIdOfNormal: normalsOf, mapRawTokens2UIdOfDefaultPOS: defaultTagsOf } = tokenMappers as Record<
  "mapRawTokens2UIdOfNormal" | "mapRawTokens2UIdOfDefaultPOS",
  (rdd: RawDocument) => number[]
>;
const its = winkIts as Record<"value" | "pos" | "lemma", (index: number, rdd: RawDocument, addons?: unknown) => string> & {
  negationFlag: (index: number, rdd: RawDocument) => boolean;
};
/** The model's addons its.lemma asks: only the lemmatizer. */
const addons = { lemmatize: keptLemmas(lemmatize) };

/**
 * wink-eng-lite-web-model's model (its dist/model.js) loaded from wink-nlp's own modules as winkNLP() loads it (its
 * load()), with the core from coreModel() and without the sentiment and custom-entity models this pipeline never
 * runs. The automata are nlp-automaton.ts's reading of the model's: winkNLP() keeps its own inside, and they took a
 * third of the tagging. Of the add-ons only the lemmatizer is used (its.lemma), and it is lemmatize() above.
 */
function loadPipeline(): Pipeline {
  const core = coreModel();
  const model = core.model as CoreData & { trex: unknown; tcat: { hash: unknown }; preserve: unknown };
  const cache = (createCache as (model: unknown, featureFn: unknown) => WinkCache)(model, featureFn);
  // wink-nlp's value() reads the lexeme list, which holds a lexicon's word once it has been asked for
  cache.value = core.wordAt;
  const tokenize = createTokenizer(model as unknown as TokenizerCore, cache);
  const automata = (m: { machines: unknown[] }, ignored = "\n") => m.machines.map((json) => new Automaton(json as string, cache, ignored));
  const sbd = sbdModel();
  const ner = nerModel();
  const negation = (loadNegationModel as () => { machines: unknown[]; setter: Setter })();
  const pos = posModel();
  return {
    cache,
    tokenize,
    sbd: { automata: automata(sbd), transformers: sbd.transformers, setter: sbd.setter as Setter },
    ner: { automata: automata(ner), transformers: ner.transformers },
    negation: automata(negation)[0]!,
    negationSetter: negation.setter,
    pos: { automata: automata(pos, cache.value(0)), transformers: pos.transformers, setter: pos.setter as PosSetter, updater: pos.updater as PosUpdater },
  };
}

let pipeline: Pipeline | undefined;

/** Reads the NLP model now rather than on the first text tagged (the analysis worker does it as it starts). */
export function loadNlpModel(): void {
  pipeline ??= loadPipeline();
}

/**
 * wink-nlp's readDoc (its src/wink-nlp.js) for the pipes "sbd", "pos", "ner" and "negation", step for step: the
 * document's raw data, which tagColumns reads with wink-nlp's own its.* functions, without a document object.
 */
function readDoc(text: string, splits?: Splits): RawDocument {
  const p = (pipeline ??= loadPipeline());
  const cache = p.cache;
  const rdd: RawDocument = {
    cache,
    tokens: [],
    sentences: [],
    markings: [],
    currPipe: PIPE,
    nonBreakingSpaces: Object.create(null) as Record<number, string>,
    numOfTokens: 0,
    numOfSentences: 0,
    document: [],
    entities: [],
  };
  p.tokenize(rdd, text, splits);
  rdd.numOfTokens = rdd.tokens.length / TOKEN_SIZE;
  rdd.document = [0, rdd.numOfTokens - 1, 0, 0];
  const normals = normalsOf(rdd);
  let px: Match[] | null = null;
  for (let i = 0; i < p.sbd.automata.length; i++) {
    p.sbd.automata[i]!.setPatternSwap(px);
    px = p.sbd.automata[i]!.recognize(normals, p.sbd.transformers[i], rdd.tokens);
  }
  p.sbd.setter(px!, rdd);
  rdd.numOfSentences = rdd.sentences.length;
  px = null;
  for (let i = 0; i < p.ner.automata.length; i++) {
    p.ner.automata[i]!.setPatternSwap(px);
    px = p.ner.automata[i]!.recognize(normals, p.ner.transformers[i]);
  }
  rdd.entities = px!;
  p.negationSetter(p.negation.recognize(normals), rdd, winkConstants, searchSpans);
  const posTags = defaultTagsOf(rdd);
  for (const a of p.pos.automata) {
    const found = a.recognize(posTags, p.pos.transformers[0], rdd.tokens);
    p.pos.updater(found, cache, posTags, normals);
  }
  p.pos.setter(rdd, posTags, TOKEN_SIZE, BITS_FOR_LEMMA);
  return rdd;
}

/** The model's part-of-speech names by index, as its.pos gives them. */
let posNames: readonly string[] | undefined;
function posNamesOf(cache: WinkCache): readonly string[] {
  if (!posNames) {
    const names: string[] = [];
    for (let k = 0; k <= POS_MASK >>> BITS_FOR_LEMMA; k++) names.push(cache.valueOf("pos", k));
    posNames = names;
  }
  return posNames;
}

/**
 * Lemmas of tokens that are no contraction, by token id and part of speech: its.lemma reads them from the id's
 * lexicon entry and, for a word of several lemmas, the lemmatizer's answer for that part of speech, so one pair has
 * one lemma (an id never changes meaning). Read for every token of every text, as several look-ups each.
 */
const lemmaByIdAndTag = new Map<number, string>();
/** Part-of-speech indices a token's numbers can hold; the most preceding spaces of a token that is no contraction. */
const POS_COUNT = (POS_MASK >>> BITS_FOR_LEMMA) + 1;
const MAX_SPACES = 65_535;

/** its.lemma of token i, whose id and part-of-speech index are given, kept by both where it is no contraction. */
function lemmaOf(i: number, rdd: RawDocument, id: number, tag: number): string | undefined {
  // a contraction's lemma is in its token (its.lemma reads it there)
  if (rdd.tokens[TOKEN_SIZE * i + 1]! > MAX_SPACES) return its.lemma(i, rdd, addons);
  const k = id * POS_COUNT + tag;
  let lemma = lemmaByIdAndTag.get(k);
  if (lemma === undefined) {
    lemma = its.lemma(i, rdd, addons);
    if (lemma === undefined) return lemma;
    if (lemmaByIdAndTag.size >= 50_000) lemmaByIdAndTag.clear();
    lemmaByIdAndTag.set(k, lemma);
  }
  return lemma;
}

/** wink-nlp's tokens of a text, column by column: token k is `text.slice(starts[k], ends[k])`. */
export interface TagColumns {
  starts: Int32Array;
  ends: Int32Array;
  pos: Pos[];
  /** Lower-cased lemmas ("berating" → "berate"); proper nouns keep their case. */
  lemmas: string[];
  negation: boolean[];
  /** The token's text as wink-nlp's lexicon holds it (a string met before), where it is the text at its offsets. */
  values: (string | undefined)[];
  entities: NumberEntity[];
}

/**
 * Tags `text` as a whole; offsets are exact because wink-nlp keeps every character (doc.out() === text). `splits` are
 * those of the texts tagged with it (tagTexts).
 */
export function tagColumns(text: string, splits?: Splits): TagColumns {
  const rdd = readDoc(text, splits);
  const count = rdd.numOfTokens;
  const pos = new Array<Pos>(count);
  const lemmas = new Array<string>(count);
  const negation = new Array<boolean>(count);
  const values = new Array<string | undefined>(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const { tokens, cache } = rdd;
  const posNames = posNamesOf(cache);
  let at = 0;
  for (let i = 0; i < count; i++) {
    at = afterSpaces(text, at);
    // its.value, its.pos and its.negationFlag read off the token's four numbers directly
    const id = tokens[TOKEN_SIZE * i]!;
    const value = cache.value(id)!;
    // wink-nlp normalises nothing in its.value, but a safety net keeps offsets honest if it ever does.
    const found = text.startsWith(value, at) ? at : text.indexOf(value, at);
    const start = found < 0 ? at : found;
    values[i] = found < 0 ? undefined : value;
    starts[i] = start;
    ends[i] = at = start + value.length;
    const tag = (tokens[TOKEN_SIZE * i + 2]! & POS_MASK) >>> BITS_FOR_LEMMA;
    pos[i] = posNames[tag] as Pos;
    lemmas[i] = lemmaOf(i, rdd, id, tag) ?? value.toLowerCase();
    negation[i] = tokens[TOKEN_SIZE * i + 3]! >= NEGATION_FLAG;
  }
  const entities: NumberEntity[] = [];
  for (const [first, last, type] of rdd.entities) {
    if (!(first >= 0 && first < count && last >= 0 && last < count)) continue;
    entities.push({ start: starts[first]!, end: ends[last]!, type, text: text.slice(starts[first]!, ends[last]!) });
  }
  return { starts, ends, pos, lemmas, negation, values, entities };
}

/** tagColumns of several texts, read together: a piece of a word split in one is split alike in the next (see Splits). */
export function tagTexts(texts: readonly string[]): TagColumns[] {
  const splits: Splits = new Map();
  return texts.map((text) => tagColumns(text, splits));
}

/** Tags `text` as a whole: wink-nlp's tokens with their offsets, parts of speech, lemmas and negation, and its number entities. */
export function tagText(text: string): TaggedText {
  const { starts, ends, pos, lemmas, negation, entities } = tagColumns(text);
  const out: TaggedToken[] = [];
  for (let i = 0; i < starts.length; i++) {
    out.push({ start: starts[i]!, end: ends[i]!, pos: pos[i]!, lemma: lemmas[i]!, negated: Boolean(negation[i]) });
  }
  return { tokens: out, entities };
}

/** wink-nlp's most preceding spaces of a token, in a run without non-breaking spaces (its tokenizer.js). */
const MAX_PLAIN_SPACES = 65_534;

/**
 * Where the run of spaces at `at` ends as wink-nlp counts a token's preceding spaces (its.precedingSpaces): the run
 * its splitter cuts ("[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+"), whole where it holds a
 * non-breaking space, else at most MAX_PLAIN_SPACES long. Read off the text: asking wink-nlp built a string of spaces
 * per token.
 */
function afterSpaces(text: string, at: number): number {
  let end = at;
  let plain = true;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 32) continue;
    if (c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f) plain = false;
    else break;
  }
  return plain && end - at > MAX_PLAIN_SPACES ? at + MAX_PLAIN_SPACES : end;
}

/** Gives each engine token the part of speech, lemma and negation of the wink-nlp token it starts with. */
export function annotateTokens(
  tokens: readonly Token[],
  tagged: readonly TaggedToken[],
): void {
  let j = 0;
  for (const t of tokens) {
    while (j < tagged.length && tagged[j]!.end <= t.start) j++;
    const w = tagged[j];
    if (!w || w.start >= t.end) continue;
    t.pos = w.pos;
    // A token wink-nlp splits further ("90-minute") keeps its own norm as lemma.
    t.lemma =
      w.start === t.start && w.end === t.end ? w.lemma.toLowerCase() : t.norm;
    if (w.negated) t.negated = true;
  }
}
