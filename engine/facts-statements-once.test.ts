import { describe, expect, it } from 'vitest';
import { statementDetails } from './test-text';

/** The statement facts of articles a, b, c…: the sentences of a and b that hold `pair` aligned, every other one alone. */
const pairedOn = (pair: string, texts: string[]) => statementDetails(texts, (sentences) => sentences.findIndex((s) => s.sentence.text.includes(pair)));

describe('one thing said, told by two sentences', () => {
  it('makes one statement fact: the longer telling, with an act of its own, is no second fact carried by the shorter', () => {
    const details = pairedOn('banners', [
      'After the ferry deal was made, Dana Brandt asked: "Anybody any good at painting banners?" she wrote. Dock workers in Port Vantor reacted with a march.',
      // the same question, reported with more words and another verb ("reacted … by asking")
      'Dana Brandt, a councillor from the opposition Harbour Party, reacted on social media by asking whether anyone she knew was "good at painting banners," or the signs carried at marches.',
      'Lena Ortiz said the ferry deal would bring trade to Port Vantor.',
      'Tomas Lee said the ferry deal would bring trade to Port Vantor.',
    ]);
    const banners = details.filter((d) => /banners/u.test(d.fact.text));
    expect(banners.map((d) => d.fact.presentIn.sort())).toEqual([['a', 'b']]);
  });
});
