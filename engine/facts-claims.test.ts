import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { compare } from './compare';
import type { PreparedSentence } from './features';
import { predicates, saysClaimItself, tellsClaim } from './facts-claims';

/** Sentences of one article, shaped as the comparison prepares them (only the sentence is read here). */
function article(text: string): PreparedSentence[] {
  return buildArticle({ id: 'x', text }).sentences.map((sentence) => ({ article: 0, articleId: 'x', sentence, quantities: [], actors: [], features: [] }));
}

describe('claims', () => {
  const claim = article('The minister cancelled the trade talks with Canada on Monday.')[0]!;

  it('takes the verbs that say what happened, not those of saying or helping', () => {
    expect(predicates(claim.sentence)).toEqual(['cancel']);
    expect(predicates(article('The minister said on Monday that he was in Canada.')[0]!.sentence)).toEqual([]);
  });

  it('does not take a verb joined to a noun before it for what happened', () => {
    const s = article('Grain-exporting nations would have to accept quotas from the self-appointed board.')[0]!;
    expect(predicates(s.sentence)).toEqual(['accept']);
  });

  it('finds the claim said in the sentence itself only in its verb or noun', () => {
    const expected = article('The ferry line was widely expected to resume service to the islands.')[0]!;
    expect(saysClaimItself(expected, article('Ferry service had been expected, as the islands rework their fees.')[0]!)).toBe(true);
    expect(saysClaimItself(expected, article('The expectation of ferry service grew as the islands rework their fees.')[0]!)).toBe(true);
    expect(saysClaimItself(expected, article('Ferry service was discussed as the islands rework their fees.')[0]!)).toBe(false);
    // the claim of a statement the sentence already carries is not a second thing it says
    expect(saysClaimItself(expected, article('Ferry service had been expected, as the islands rework their fees.')[0]!, new Set(['expect', 'resume']))).toBe(false);
    // "like" as a preposition does not say "likes"
    const likes = article('The mayor likes to keep the ferry timetable open.')[0]!;
    expect(saysClaimItself(likes, article('A price like no other was paid for the ferry.')[0]!)).toBe(false);
  });

  it('finds the claim in the same verb, its noun, or a verb naming the same act', () => {
    for (const text of [
      'On Monday the minister cancelled talks on trade with Canada.',
      'The cancellation of the trade talks with Canada came on Monday.',
      'On Monday the minister revoked the trade talks with Canada.',
    ]) {
      const a = article(text);
      expect(tellsClaim(claim, a[0]!, a), text).toBe(true);
    }
  });

  it('reads a verb with its particle as the verb of two words WordNet names, not the bare verb', () => {
    const calledOff = article('The minister called off the trade talks with Canada on Monday.')[0]!;
    expect(predicates(calledOff.sentence)).toEqual(['call_off']);
    // "called off" says what "cancelled" says, both ways
    expect(tellsClaim(claim, calledOff, [calledOff])).toBe(true);
    expect(tellsClaim(calledOff, claim, [claim])).toBe(true);
    // and nothing of a phone call
    const phoned = article('The minister called the Canadian trade envoy on Monday.')[0]!;
    expect(tellsClaim(calledOff, phoned, [phoned])).toBe(false);
    // a verb naming the same act tells the claim only said the same way: "put off" is no telling of "would not delay"
    const putOff = article('The board put off the sale of the pier on Monday.')[0]!;
    expect(tellsClaim(article('The board delayed the sale of the pier on Monday.')[0]!, putOff, [putOff])).toBe(true);
    expect(tellsClaim(article('The board would not delay the sale of the pier on Monday.')[0]!, putOff, [putOff])).toBe(false);
    // a light verb with its particle names an act of its own ("gave up" is to abandon)
    expect(predicates(article('The minister gave up the trade talks with Canada.')[0]!.sentence)).toEqual(['give_up']);
  });

  it('finds a verb naming the same act in a neighbour only where asked to, and the same verb there always', () => {
    const revoked = article('The talks had run for a year. On Monday the minister revoked the trade talks with Canada.');
    expect(tellsClaim(claim, revoked[0]!, revoked)).toBe(true);
    expect(tellsClaim(claim, revoked[0]!, revoked, true, false)).toBe(false);
    expect(tellsClaim(claim, revoked[1]!, revoked, true, false)).toBe(true);
    const cancelled = article('The talks had run for a year. On Monday the minister cancelled the trade talks with Canada.');
    expect(tellsClaim(claim, cancelled[0]!, cancelled, true, false)).toBe(true);
  });

  it('finds the claim in the noun of its act where the two are spelt apart ("decided", "the decision")', () => {
    const decided = article('The Harbour Board decided on Monday to sell the north pier.')[0]!;
    const noun = article('The decision of the Harbour Board on Monday surprised Dana Brandt.');
    expect(tellsClaim(decided, noun[0]!, noun)).toBe(true);
    expect(saysClaimItself(decided, noun[0]!)).toBe(true);
    // a noun of the topic is no act: the board's members say nothing of what it did
    const topic = article('The members of the Harbour Board surprised Dana Brandt on Monday.');
    expect(tellsClaim(decided, topic[0]!, topic)).toBe(false);
    expect(saysClaimItself(decided, topic[0]!)).toBe(false);
  });

  it('does not take the same people and topic with another claim for the claim', () => {
    const a = article('The minister praised the trade talks with Canada on Monday.');
    expect(tellsClaim(claim, a[0]!, a)).toBe(false);
  });

  it('reads the claim over two neighbouring sentences', () => {
    const a = article('The minister spoke about the trade talks with Canada. He cancelled them on Monday. Markets fell.');
    expect(tellsClaim(claim, a[0]!, a)).toBe(true);
    expect(tellsClaim(claim, a[2]!, a)).toBe(true);
    const far = article('The minister spoke about the trade talks with Canada. Markets fell on Monday. Analysts wrote notes. He cancelled them.');
    expect(tellsClaim(claim, far[0]!, far)).toBe(false);
  });

  it('counts an article that says the topic with another claim as telling the statement in part, not carrying it', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const said = 'The minister cancelled the trade talks with Canada on Monday after a dispute over dairy quotas.';
    const withFourth = (text: string) =>
      compare([
        buildArticle({ id: 'a', text: `${said} ${filler(1)}` }),
        buildArticle({ id: 'b', text: `${filler(2)} ${said}` }),
        buildArticle({ id: 'c', text: `${said} ${filler(3)}` }),
        buildArticle({ id: 'd', text: `${filler(4)} ${text}` }),
      ]).facts.find((f) => f.kind === 'statement' && /cancelled the trade talks/u.test(f.text))!;
    const praised = withFourth('On Monday the minister praised the talks on trade with Canada, which began in May.');
    expect(praised.presentIn).toEqual(['a', 'b', 'c']);
    expect(praised.partialIn).toContain('d');
    const passive = withFourth('Trade talks with Canada were cancelled on Monday by the minister, who began them in May.');
    expect(passive.presentIn).toContain('d');
  });
});
