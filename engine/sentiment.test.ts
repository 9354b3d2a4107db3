import fc from 'fast-check';
import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { annotateTokens, tagText } from './nlp';
import { AFINN, combine, scoreSpans, type ToneSpan } from './sentiment';
import { tokenize } from './tokens';
import type { Span } from './types';

/** Spans of `text` with their tokens tagged by wink-nlp, as the article builder hands them over. */
function tagged(text: string, spans: readonly Span[] = [{ start: 0, end: text.length }], heading = false): ToneSpan[] {
  const lists = spans.map((s) => tokenize(text, s.start, s.end));
  annotateTokens(lists.flat(), tagText(text).tokens);
  return spans.map((s, i) => ({ start: s.start, end: s.end, tokens: lists[i]!, heading }));
}

function scoreText(text: string, heading = false) {
  return scoreSpans(text, tagged(text, undefined, heading))[0]!;
}

describe('sentiment', () => {
  it('a reported feeling sets no tone; the same word as the outlet’s description does', () => {
    expect(scoreText('Growers were disgusted by the verdict.').words).toEqual([]);
    expect(scoreText('The disgusted growers left.').words.map((w) => w.word)).toEqual(['disgusted']);
    expect(scoreText('Parents expressed outrage over the law and bought coats for poor children.').words).toEqual([]);
  });

  it('scores evaluative words as the sentiment package does', () => {
    const text = 'The plan was a cruel and dreadful mistake, the outcome ridiculous.';
    const raw = new Sentiment().analyze(text);
    const s = scoreText(text);
    expect(s.words.map((w) => w.word)).toEqual(['cruel', 'dreadful', 'ridiculous']);
    expect(s.score).toBe(raw.score - (AFINN.get('mistake') ?? 0));
    expect(s.comparative).toBeCloseTo(s.score / raw.tokens.length, 10);
  });

  it('sees words its tokenizer misses: curly quotes, apostrophes and hyphens', () => {
    const text = 'He called it “dreadful” and ‘awful’, a short-sighted plan that isn’t terrible.';
    const raw = new Sentiment().analyze(text);
    const s = scoreText(text);
    const words = s.words.map((w) => w.word);
    expect(words).toEqual(expect.arrayContaining(['dreadful', 'awful', 'short-sighted', 'terrible']));
    for (const w of s.words) expect(text.slice(w.start, w.end)).toBe(w.word);
    expect(raw.words).not.toContain('dreadful');
    // "isn’t terrible": the negator flips "terrible" once the apostrophe is straight.
    expect(s.words.find((w) => w.word === 'terrible')?.score).toBe(-(AFINN.get('terrible') ?? 0));
  });

  it('gives contributing words with offsets into the text', () => {
    const text = 'Intro. Then a terrible, horrible, wonderful day.';
    const s = scoreSpans(text, tagged(text, [{ start: 7, end: text.length }]))[0]!;
    expect(s.words.map((w) => w.word)).toEqual(['terrible', 'horrible', 'wonderful']);
    for (const w of s.words) expect(text.slice(w.start, w.end)).toBe(w.word);
    expect(s.score).toBe(s.words.reduce((n, w) => n + w.score, 0));
  });

  it('scores many spans in one pass exactly as one by one, a negator never reaching into the next span', () => {
    const text = 'We will not. Wonderful things happen! Awful, well-known trouble; it isn’t dreadful.';
    const spans = tagged(text, [
      { start: 0, end: 12 },
      { start: 13, end: 36 },
      { start: 37, end: text.length },
    ]);
    const together = scoreSpans(text, spans);
    expect(together).toEqual(spans.map((s) => scoreSpans(text, [s])[0]));
    expect(together[1]!.words).toEqual([{ start: 13, end: 22, word: 'Wonderful', score: 4 }]);
  });

  it('scores the listed words alone exactly as it scores the whole text', () => {
    // a BOM anywhere in the text sends every word through the package: both ways must agree, on the same tagged
    // tokens, with words the tone leaves out ("killed", "War" in a name, "peace talks", a mild "delay", a positive
    // "good" of no person) next to scored ones and negators
    const words = ['not', "isn't", 'don’t', 'good', 'bad', 'well-known', 'short-sighted', 'hopeless', 'constructor', 'toString', 'Not', 'GREAT', 'the', 'plan', '12', 'U.S.', 'killed', 'died', 'War', 'Korean', 'Good', 'peace', 'talks', 'attack', 'cruel', 'delay', 'suspended', 'senator', 'brave', 'wonderful'];
    const gaps = [' ', ', ', '. ', ' — ', ' “', '” ', '\n\n', '-'];
    const piece = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)).map(([w, g]) => w + g);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 }), (pieces, cuts) => {
        const text = pieces.join('');
        const ends = [...new Set(cuts.map((c) => c % text.length))].sort((a, b) => a - b);
        const spans = tagged(text, [0, ...ends].map((start, i) => ({ start, end: ends[i] ?? text.length })).filter((s) => s.end > s.start));
        expect(scoreSpans(text, spans)).toEqual(scoreSpans(`${text}\uFEFF`, spans));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the outlet’s tone, not the topic: plain news words, neutral terms and names score nothing', () => {
    const topic = scoreText('Two guards died in the attack near the Korean War museum, and the peace talks were put off.');
    expect(topic.words).toEqual([]);
    expect(topic.score).toBe(0);
    expect(scoreText('The rule leaves no exemptions.').words).toEqual([]);
    const tone = scoreText('It was a cruel and shameful attack; the war was a travesty.');
    expect(tone.words.map((w) => w.word)).toEqual(['cruel', 'shameful', 'travesty']);
    // a headline names nothing by its capitals
    expect(scoreText('Cruel Plan Fails Voters', true).words.map((w) => w.word)).toEqual(['Cruel']);
    // terms of law and war, and "succeed" as following someone in an office
    const terms = scoreText('A grand jury, acting in good faith, awarded punitive damages for the friendly fire incident.');
    expect(terms.words).toEqual([]);
    expect(scoreText('She succeeded him as chair, and Lee will succeed the current chairman.').words).toEqual([]);
    expect(scoreText('The reform succeeded, and they succeeded in passing the bill.').words.map((w) => w.word)).toEqual(['succeeded', 'succeeded']);
  });

  it('reads each word in its sentence as the loaded-word marks do: part of speech, strength and what it describes', () => {
    // mild verbs and nouns name the event: a suspension, a fine, a delay
    expect(scoreText('The league suspended the player, will impose a fine and announced a delay.').words).toEqual([]);
    // a modifier lifts the tone as its opposite lowers it, whatever it describes (the marks highlight a mild positive
    // one only as praise of a person): "a successful outcome" counts as "a disastrous outcome" does
    expect(scoreText('The talks had a positive and successful outcome.').words.map((w) => w.word)).toEqual(['positive', 'successful']);
    expect(scoreText('The talks had a disastrous outcome.').words.map((w) => w.word)).toEqual(['disastrous']);
    expect(scoreText('She is a brave and honest senator.').words.map((w) => w.word)).toEqual(['brave', 'honest']);
    // a negative modifier judges whatever it describes, a listed loaded verb judges however weak its score
    expect(scoreText('It was a reckless plan.').words.map((w) => w.word)).toEqual(['reckless']);
    expect(scoreText('Critics mocked the plan.').words.map((w) => w.word)).toEqual(['mocked']);
    // a strong verb or noun judges; negated, it names what did not happen
    expect(scoreText('The minister betrayed his voters.').words.map((w) => w.word)).toEqual(['betrayed']);
    expect(scoreText('The minister did not betray his voters.').words).toEqual([]);
    // the tagger takes a capitalised word opening a sentence for a name; there it is read as the adjective it is
    expect(scoreText('“Reckless spending has hurt the city,” she said.').words.map((w) => w.word)).toEqual(['Reckless']);
  });

  it('does not change the package’s shared word list', () => {
    scoreText('a “fantastic” well-being test');
    expect(new Sentiment().analyze('zorgle').score).toBe(0);
    expect(new Sentiment().analyze('good').score).toBe(AFINN.get('good'));
  });

  it('combines spans by token count and handles empty text', () => {
    expect(scoreText('   ')).toMatchObject({ score: 0, comparative: 0, tokens: 0, words: [] });
    const all = combine([scoreText('good day'), scoreText('bad night here')]);
    expect(all.tokens).toBe(5);
    expect(all.comparative).toBeCloseTo(all.score / 5, 10);
  });
});

describe('the outlet’s tone', () => {
  it('is its own words: a speaker’s words inside a direct quote do not count', () => {
    const said = buildArticle({ id: 'a', text: 'The mayor called the plan “a cruel and dreadful mistake” on Monday.' });
    expect(said.sentiment.score).toBe(0);
    expect(said.sentences[0]!.sentiment.words).toEqual([]);
    const own = buildArticle({ id: 'b', text: 'The mayor backed a cruel and dreadful plan on Monday.' });
    expect(own.sentences[0]!.sentiment.words.map((w) => w.word)).toEqual(['cruel', 'dreadful']);
  });
});
