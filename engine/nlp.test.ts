import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { coreModel, tagText } from './nlp';

describe('coreModel', () => {
  it('builds the same core model as the package loader', () => {
    type Lexeme = { hash: Record<string, number>; list: string[] };
    type Core = { features: { lexeme: Lexeme } };
    const packaged = (model.core as () => Core)();
    const built = coreModel() as Core;
    const { hash, ...lexeme } = built.features.lexeme;
    const { hash: packagedHash, ...packagedLexeme } = packaged.features.lexeme;
    expect({ ...built, features: { ...built.features, lexeme } }).toStrictEqual({
      ...packaged,
      features: { ...packaged.features, lexeme: packagedLexeme },
    });
    // the word index answers as the package's object does, for every word and for a word it lacks
    const words = Object.keys(packagedHash);
    expect(words.length).toBe(lexeme.list.length);
    expect(words.filter((w) => hash[w] !== packagedHash[w])).toEqual([]);
    expect(hash['zzxqy']).toBeUndefined();
    hash['zzxqy'] = 7;
    expect(hash['zzxqy']).toBe(7);
  });

  it('gives a fresh model each time: wink-nlp adds the words it meets to its lists', () => {
    const a = coreModel() as { features: { lexeme: { list: string[] } } };
    a.features.lexeme.list.push('zzxqy');
    const b = coreModel() as { features: { lexeme: { list: string[] } } };
    expect(b.features.lexeme.list).not.toContain('zzxqy');
  });
});

describe('tagText', () => {
  it('tags parts of speech, lemmas and negation by character offset', () => {
    const text = 'The senators did not welcome the rulings.';
    const { tokens } = tagText(text);
    const at = (word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)!;
    expect(at('senators')).toMatchObject({ pos: 'NOUN', lemma: 'senator' });
    expect(at('did')).toMatchObject({ pos: 'AUX', lemma: 'do', negated: false });
    expect(at('rulings')).toMatchObject({ pos: 'NOUN', lemma: 'ruling', negated: true });
  });
});
