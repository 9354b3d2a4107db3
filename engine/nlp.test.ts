import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { sampleTexts } from './fixtures/sample-texts';
import { coreModel, lemmatize, tagText } from './nlp';

describe('coreModel', () => {
  it('builds the same core model as the package loader', () => {
    type Lexeme = { hash: Record<string, number>; list: string[] };
    type Core = { features: { lexeme: Lexeme } };
    const packaged = (model.core as () => Core)();
    const { model: loaded, wordAt } = coreModel();
    const built = loaded as Core;
    const { hash, list, ...lexeme } = built.features.lexeme;
    const { hash: packagedHash, ...packagedLexeme } = packaged.features.lexeme;
    // the lexicon's words are read where they are asked for: every word of the package's list, in its place
    const words = Array.from({ length: list.length }, (_, id) => wordAt(id));
    expect({ ...built, features: { ...built.features, lexeme: { ...lexeme, list: words } } }).toStrictEqual({
      ...packaged,
      features: { ...packaged.features, lexeme: packagedLexeme },
    });
    expect(wordAt(list.length)).toBeUndefined();
    // the word index answers as the package's object does, for every word and for a word it lacks
    const keys = Object.keys(packagedHash);
    expect(keys.length).toBe(list.length);
    expect(keys.filter((w) => hash[w] !== packagedHash[w])).toEqual([]);
    expect(hash['zzxqy']).toBeUndefined();
    hash['zzxqy'] = 7;
    expect(hash['zzxqy']).toBe(7);
  });

  it('gives the words wink-nlp adds after the lexicon by their ids', () => {
    const { model: loaded, wordAt } = coreModel();
    const list = (loaded as { features: { lexeme: { list: string[] } } }).features.lexeme.list;
    const id = list.push('zzxqy') - 1;
    expect(wordAt(id)).toBe('zzxqy');
    expect(wordAt(id - 1)).toBe(packagedWords().at(-1));
  });

  it('gives a fresh model each time: wink-nlp adds the words it meets to its lists', () => {
    const a = coreModel().model as { features: { lexeme: { list: string[] } } };
    a.features.lexeme.list.push('zzxqy');
    const b = coreModel().model as { features: { lexeme: { list: string[] } } };
    expect(b.features.lexeme.list).not.toContain('zzxqy');
  });
});

/** The lexicon's words as the package's loader gives them. */
function packagedWords(): string[] {
  return (model.core as () => { features: { lexeme: { list: string[] } } })().features.lexeme.list;
}

describe('tagText', () => {
  it('tags parts of speech, lemmas and negation by character offset', () => {
    const text = 'The senators did not welcome the rulings.';
    const { tokens } = tagText(text);
    const at = (word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)!;
    expect(at('senators')).toMatchObject({ pos: 'NOUN', lemma: 'senator' });
    expect(at('did')).toMatchObject({ pos: 'AUX', lemma: 'do', negated: false });
    expect(at('rulings')).toMatchObject({ pos: 'NOUN', lemma: 'ruling', negated: true });
  });

  it("tags every token as wink-nlp's own readDoc does: values, parts of speech, lemmas, negation and number entities", () => {
    const nlp = winkNLP(model, ['sbd', 'pos', 'ner', 'negation']);
    const its = nlp.its;
    const texts = [
      ...sampleTexts(),
      // contractions, non-breaking spaces, dates, times, money, ordinals, e-mail, URL, hashtags, emoji, an abbreviation, nested negation
      "I can't say it didn't happen on 12/05/2021 at 10:30 pm.\u00a0He won't pay $1,200.50 or 3rd-place fees, e-mail x@y.org or see https://a.b/c #news @me :) 😀",
      'Dr. Smith (R-Texas) said "no"; U.S. officials never denied it — "not at all," he said.\n\nThe 1990s, 45% and 3.5 million.',
      '',
      '   \n\t  ',
    ];
    for (const text of texts) {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const ours = tagText(text);
      expect(ours.tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.out(its.value));
      expect(ours.tokens.map((t) => t.pos)).toEqual(tokens.out(its.pos));
      expect(ours.tokens.map((t) => t.lemma)).toEqual(tokens.out(its.lemma as unknown as typeof its.value));
      expect(ours.tokens.map((t) => t.negated)).toEqual(tokens.out(its.negationFlag));
      const entities = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
      expect(ours.entities.map((e) => [e.text.replace(/\s+/gu, ' '), e.type])).toEqual(entities.map((e) => [e.value.replace(/\s+/gu, ' '), e.type]));
    }
  });
});

describe('lemmatize', () => {
  it('gives the lemma wink-eng-lite-web-model gives, for every word of its lexicon and every part of speech', () => {
    type Lemmatizer = typeof lemmatize;
    const packaged = model.addons.lemmatize as Lemmatizer;
    // the package's lemmatizer asks wink-nlp's token cache; a pipeline run once hands it over
    let cache: Parameters<Lemmatizer>[2] | undefined;
    const nlp = winkNLP({ ...model, addons: { ...model.addons, lemmatize: ((v, p, c) => ((cache = c), packaged(v, p, c))) as Lemmatizer } });
    nlp.readDoc('The geese were flying.').tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value);
    expect(cache).toBeDefined();
    const words = (model.core as () => { features: { lexeme: { list: string[] } } })().features.lexeme.list;
    const differ: string[] = [];
    for (const pos of ['ADJ', 'NOUN', 'VERB', 'PROPN']) {
      for (const w of [...words, 'constructor', '__proto__', 'valueOf', 'mice', 'went', 'better']) {
        if (lemmatize(w, pos, cache!) !== packaged(w, pos, cache!)) differ.push(`${pos} ${w}`);
      }
    }
    expect(differ).toEqual([]);
    expect(lemmatize('geese', 'NOUN', cache!)).toBe('goose');
    expect(lemmatize('went', 'VERB', cache!)).toBe('go');
    expect(lemmatize('constructor', 'NOUN', cache!)).toBe('constructor');
  });

  it('gives every irregular form of the package its lemma', async () => {
    const never = { hasSamePOS: () => false };
    const differ: string[] = [];
    for (const [pos, part] of [['ADJ', 'adjective'], ['NOUN', 'noun'], ['VERB', 'verb']] as const) {
      const { default: exceptions } = (await import(`wink-eng-lite-web-model/dist/wn-${part}-exceptions.js`)) as { default: Record<string, string> };
      for (const [form, lemma] of Object.entries(exceptions)) if (lemmatize(form, pos, never) !== lemma) differ.push(`${pos} ${form}`);
    }
    expect(differ).toEqual([]);
  });
});
