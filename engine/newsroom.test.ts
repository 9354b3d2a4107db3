import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { analyze } from './index';
import { isFollowUp, isNewsroomFormula } from './newsroom';

const formula = (text: string) => isNewsroomFormula(buildArticle({ id: 'x', text }).sentences[0]!);

describe('newsroom formulas', () => {
  it('reads no-comment lines, whoever was asked and however they were asked', () => {
    expect(formula('Dana Brandt, a spokeswoman for the Harbour Board, declined to comment.')).toBe(true);
    expect(formula('The Harbour Board did not immediately answer emailed questions on Tuesday.')).toBe(true);
    expect(formula('Tomas Lee could not be reached for comment, and the port authority did not return calls seeking comment.')).toBe(true);
    expect(formula('When asked about the levy, a board member who spoke on condition of anonymity declined to comment.')).toBe(true);
    expect(formula('Lena Ortiz declined to comment to the Kellen Bay Courier, as did the mayor.')).toBe(true);
    expect(formula('A spokesman was not available for comment.')).toBe(true);
  });

  it('keeps a sentence that says something besides the formula', () => {
    expect(formula('Lena Ortiz declined to comment on the levy, which would close two piers.')).toBe(false);
    expect(formula('The board, which voted to close the piers on Monday, declined to comment.')).toBe(false);
    expect(formula('Although the board did not comment, Dana Brandt said the piers would close.')).toBe(false);
    expect(formula('The port authority did not respond to the flooding until Friday.')).toBe(false);
    expect(formula('An agreement on the levy was not reached.')).toBe(false);
  });

  it('reads lines that only promise more', () => {
    expect(isFollowUp('“More details will be announced in due course.”')).toBe(true);
    expect(isFollowUp('More information will be announced later, a board spokesman said.')).toBe(true);
    expect(isFollowUp('This is a developing story.')).toBe(true);
    expect(isFollowUp('The board said the piers would close and further details would follow.')).toBe(false);
  });

  it('never counts a newsroom formula as a fact an article leaves out', () => {
    const story = (extra: string) =>
      `The Harbour Board voted on Monday to close the north piers to cargo ships. The closure starts in May and lasts a year. ${extra}`;
    const c = analyze([
      { id: 'a', text: story('Dana Brandt, a spokeswoman for the port authority, declined to comment. More details will be announced in due course.') },
      { id: 'b', text: story('Dana Brandt, a spokeswoman for the port authority, declined to comment. “More details will be announced in due course.”') },
      { id: 'c', text: story('Fishing boats may still use the piers.') },
    ]);
    const left = c.articles.find((a) => a.id === 'c')!.omissions.map((o) => o.text);
    expect(left.some((t) => /comment|due course/u.test(t))).toBe(false);
  });
});
