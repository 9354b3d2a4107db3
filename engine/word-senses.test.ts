import { describe, expect, it } from 'vitest';
import { PositionPairAnswers, wordSenses } from './word-senses';

describe('word senses', () => {
  it('names the verb a noun of an act or event comes from, spelt apart or not', () => {
    const senses = wordSenses();
    expect(senses.eventVerb('abduction')).toBe('abduct');
    expect(senses.eventVerb('decision')).toBe('decide');
    expect(senses.eventVerb('visit')).toBe('visit');
  });

  it('names no verb for a noun that is first of all a person, thing or group', () => {
    const senses = wordSenses();
    expect(senses.eventVerb('president')).toBeUndefined();
    expect(senses.eventVerb('pier')).toBeUndefined();
    expect(senses.eventVerb('board')).toBeUndefined();
  });
});

describe('answers about pairs of word positions', () => {
  it('asks once per pair in either order, the first asking giving the answer', () => {
    const answers = new PositionPairAnswers(100);
    const asked: [number, number][] = [];
    const ask = (a: number, b: number) => {
      asked.push([a, b]);
      return a < b;
    };
    expect(answers.get(3, 20_000, 22_000, ask)).toBe(true);
    expect(answers.get(20_000, 3, 22_000, ask)).toBe(true);
    expect(answers.get(7, 2, 22_000, ask)).toBe(false);
    expect(answers.get(2, 7, 22_000, ask)).toBe(false);
    expect(asked).toEqual([
      [3, 20_000],
      [7, 2],
    ]);
  });

  it('keeps answers as the table grows, and starts over past its limit', () => {
    const answers = new PositionPairAnswers(3000);
    let asks = 0;
    const ask = (a: number, b: number) => (asks++, (a + b) % 3 === 0);
    for (let a = 0; a < 50; a++) for (let b = 50; b < 100; b++) answers.get(a, b, 1000, ask);
    expect(asks).toBe(2500);
    for (let a = 0; a < 50; a++) for (let b = 50; b < 100; b++) expect(answers.get(b, a, 1000, ask)).toBe((a + b) % 3 === 0);
    expect(asks).toBe(2500);
    for (let a = 100; a < 120; a++) for (let b = 120; b < 150; b++) answers.get(a, b, 1000, ask);
    expect(asks).toBe(3100);
    // past 3,000 pairs the table was emptied: the first pairs are asked again
    answers.get(0, 50, 1000, ask);
    expect(asks).toBe(3101);
  });
});
