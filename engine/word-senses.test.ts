import { describe, expect, it } from 'vitest';
import { wordSenses } from './word-senses';

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
