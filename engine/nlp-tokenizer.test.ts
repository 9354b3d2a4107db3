import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import createCache from 'wink-nlp/src/cache.js';
import compileTRex from 'wink-nlp/src/compile-trex.js';
import wrapDocData from 'wink-nlp/src/dd-wrapper.js';
import winkTokenizer from 'wink-nlp/src/tokenizer.js';
import { describe, expect, it } from 'vitest';
import { sampleTexts } from './fixtures/sample-texts';
import { coreModel } from './nlp';
import { createTokenizer, type Splits, type TokenizerCore, type TokenizedDocument } from './nlp-tokenizer';

type Core = TokenizerCore & { trex: unknown };
type Cache = { add(text: string, category: number): number };
const cacheOf = (model: Core) => (createCache as (m: unknown, f: unknown) => Cache)(model, featureFn);

describe('createTokenizer', () => {
  it("fills a document's tokens, their preceding spaces and non-breaking spaces as wink-nlp's own tokenizer does, pieces split before given again", () => {
    // each tokenizer has a model and cache of its own: both learn the words they meet, in the same order
    const theirModel = coreModel().model as Core;
    const theirCache = cacheOf(theirModel);
    const theirs = (winkTokenizer as (t: unknown, c: unknown, p: unknown) => (doc: unknown, text: string) => void)(
      (compileTRex as (t: unknown) => unknown)(theirModel.trex),
      theirModel.tcat.hash,
      theirModel.preserve,
    );
    const ourModel = coreModel().model as Core;
    const ours = createTokenizer(ourModel, cacheOf(ourModel));
    const texts = [
      ...sampleTexts(),
      // contractions at the start and after non-breaking spaces, words glued to brackets and quotes, runs of spaces
      "I can't say it didn't happen on 12/05/2021 at 10:30 pm.\u00a0He won't pay $1,200.50 or 3rd-place fees, e-mail x@y.org or see https://a.b/c #news @me :) 😀",
      "Can't\u2009won't (they'll) \"we're\" 'tis a.b. x. (U.S.) [e.g.] \"quoted,\" said—he—said… ((nested)) 5km/h $5bn 10:30pm 1990s's",
      'Dr. Smith (R-Texas) said "no"; U.S. officials never denied it — "not at all," he said.\n\nThe 1990s, 45% and 3.5 million.',
      `a${' '.repeat(70_000)}b\u00a0\u00a0c \u202f d`,
      '',
      '   \n\t  ',
    ];
    // each text twice: the second time the lexicon knows its words, and the pieces split before are given again
    const splits: Splits = new Map();
    for (const text of texts.flatMap((t) => [t, t])) {
      const their: TokenizedDocument & { cache: Cache } = { cache: theirCache, tokens: [], nonBreakingSpaces: Object.create(null) as Record<number, string> };
      theirs((wrapDocData as (rdd: unknown) => unknown)(their), text);
      const our: TokenizedDocument = { tokens: [], nonBreakingSpaces: Object.create(null) as Record<number, string> };
      ours(our, text, splits);
      expect(our.tokens).toEqual(their.tokens);
      expect(our.nonBreakingSpaces).toEqual(their.nonBreakingSpaces);
    }
  });
});
