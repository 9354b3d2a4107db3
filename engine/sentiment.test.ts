import fc from 'fast-check';
import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { AFINN, combine, scoreSpan, scoreSpans } from './sentiment';

describe('sentiment', () => {
  it('scores like the sentiment package on plain text', () => {
    const text = 'The talks were good but the outcome was bad and dreadful.';
    const raw = new Sentiment().analyze(text);
    const s = scoreSpan(text);
    expect(s.score).toBe(raw.score);
    expect(s.comparative).toBeCloseTo(raw.comparative, 10);
  });

  it('sees words its tokenizer misses: curly quotes, apostrophes and hyphens', () => {
    const text = 'He called it “great” and ‘awful’, a well-known, short-sighted plan that isn’t good.';
    const raw = new Sentiment().analyze(text);
    const s = scoreSpan(text);
    const words = s.words.map((w) => w.word);
    expect(words).toEqual(expect.arrayContaining(['great', 'awful', 'short-sighted', 'good']));
    for (const w of s.words) expect(text.slice(w.start, w.end)).toBe(w.word);
    expect(raw.words).not.toContain('great');
    // "isn’t good": the negator flips "good" once the apostrophe is straight.
    expect(s.words.find((w) => w.word === 'good')?.score).toBe(-(AFINN.get('good') ?? 0));
  });

  it('gives contributing words with offsets into the text', () => {
    const text = 'Intro. Then a terrible, horrible, wonderful day.';
    const s = scoreSpan(text, 7, text.length);
    expect(s.words.map((w) => w.word)).toEqual(['terrible', 'horrible', 'wonderful']);
    for (const w of s.words) expect(text.slice(w.start, w.end)).toBe(w.word);
    expect(s.score).toBe(s.words.reduce((n, w) => n + w.score, 0));
  });

  it('scores many spans in one pass exactly as one by one, a negator never reaching into the next span', () => {
    const text = 'We will not. Good things happen! Bad, well-known trouble; it isn’t great.';
    const spans = [
      { start: 0, end: 12 },
      { start: 13, end: 32 },
      { start: 33, end: text.length },
    ];
    const together = scoreSpans(text, spans);
    expect(together).toEqual(spans.map((s) => scoreSpan(text, s.start, s.end)));
    expect(together[1]!.words).toEqual([{ start: 13, end: 17, word: 'Good', score: 3 }]);
  });

  it('scores the listed words alone exactly as it scores the whole text', () => {
    // a BOM anywhere in the text sends every word through the package: both ways must agree
    // with topical words the tone leaves out ("killed", "War" in a name, "peace talks") next to scored ones and negators
    const words = ['not', "isn't", 'don’t', 'good', 'bad', 'well-known', 'short-sighted', 'hopeless', 'constructor', 'toString', 'Not', 'GREAT', 'the', 'plan', '12', 'U.S.', 'killed', 'died', 'War', 'Korean', 'Good', 'peace', 'talks', 'attack', 'cruel'];
    const gaps = [' ', ', ', '. ', ' — ', ' “', '” ', '\n\n', '-'];
    const piece = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)).map(([w, g]) => w + g);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 }), (pieces, cuts) => {
        const text = pieces.join('');
        const ends = [...new Set(cuts.map((c) => c % text.length))].sort((a, b) => a - b);
        const spans = [0, ...ends].map((start, i) => ({ start, end: ends[i] ?? text.length })).filter((s) => s.end > s.start);
        expect(scoreSpans(text, spans)).toEqual(scoreSpans(`${text}\uFEFF`, spans));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the outlet’s tone, not the topic: plain news words, neutral terms and names score nothing', () => {
    const topic = scoreSpan('Two guards died in the attack near the Korean War museum, and the peace talks were put off.');
    expect(topic.words).toEqual([]);
    expect(topic.score).toBe(0);
    expect(scoreSpan('The rule leaves no exemptions.').words).toEqual([]);
    const tone = scoreSpan('It was a cruel and shameful attack; the war was a disgrace.');
    expect(tone.words.map((w) => w.word)).toEqual(['cruel', 'shameful', 'disgrace']);
    // a headline in title case names nothing by its capitals
    expect(scoreSpan('Cruel Plan Fails Voters').words.map((w) => w.word)).toEqual(['Cruel']);
  });

  it('does not change the package’s shared word list', () => {
    scoreSpan('a “fantastic” well-being test');
    expect(new Sentiment().analyze('zorgle').score).toBe(0);
    expect(new Sentiment().analyze('good').score).toBe(AFINN.get('good'));
  });

  it('combines spans by token count and handles empty text', () => {
    expect(scoreSpan('   ')).toMatchObject({ score: 0, comparative: 0, tokens: 0, words: [] });
    const all = combine([scoreSpan('good day'), scoreSpan('bad night here')]);
    expect(all.tokens).toBe(5);
    expect(all.comparative).toBeCloseTo(all.score / 5, 10);
  });
});
