import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { findQuotes } from './quotes';
import { stem, tokenize } from './tokens';

const seedDir = new URL('../seeds/', import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(new URL(f, seedDir), 'utf8') }));
const seed = (id: string) => buildArticle(seeds.find((s) => s.id === id)!);

describe('sentences', () => {
  it('does not split after U.S., Mr., Dr. or Jan.', () => {
    const text =
      'Mr. Smith met Dr. Jones in the U.S. on Jan. 5 to talk. The U.S. Treasury said so. Then they left.';
    const a = buildArticle({ id: 'x', text });
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. on Jan. 5 to talk.',
      'The U.S. Treasury said so.',
      'Then they left.',
    ]);
  });

  it('keeps a word with a full stop inside whole, and every sentence after it where it ends', () => {
    const text =
      'Activists confronted Sen. Joe Manchin, D-W.Va., and Rep. Ann Lee (D-N.J.) on Monday. They left. The talks ended.Nothing changed.';
    expect(buildArticle({ id: 'x', text }).sentences.map((s) => s.text)).toEqual([
      'Activists confronted Sen. Joe Manchin, D-W.Va., and Rep. Ann Lee (D-N.J.) on Monday.',
      'They left.',
      'The talks ended.Nothing changed.',
    ]);
  });

  it('still splits after U.S. when a new sentence starts', () => {
    const a = buildArticle({ id: 'x', text: 'China sold chips to the U.S. The deal ended.' });
    expect(a.sentences.map((s) => s.text)).toEqual(['China sold chips to the U.S.', 'The deal ended.']);
  });

  it('keeps seed sentences whole around "U.S." and "U.S. Trade Representative"', () => {
    const texts = seeds.flatMap((s) => buildArticle(s).sentences.map((x) => x.text));
    expect(texts).toContain(
      'Future trade negotiations will involve representatives from the U.S. Treasury, Commerce, and Trade departments.',
    );
    expect(texts.some((t) => t.startsWith('Trade Representative'))).toBe(false);
  });

  it('slices back to the text, in order, inside their paragraphs', () => {
    for (const s of seeds) {
      const a = buildArticle(s);
      let last = 0;
      for (const sentence of a.sentences) {
        expect(s.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.start).toBeGreaterThanOrEqual(last);
        const para = a.paragraphs[sentence.paragraph]!;
        expect(sentence.start).toBeGreaterThanOrEqual(para.start);
        expect(sentence.end).toBeLessThanOrEqual(para.end);
        last = sentence.end;
      }
    }
  });

  it('joins the lines of hard-wrapped paragraphs into whole sentences', () => {
    const text =
      'Headline Here\n\nThe president met the\nleaders of both parties on Monday and\nsaid the talks went well. Critics\n' +
      'said otherwise.\n\nA second paragraph that\nis also wrapped at short width\nfor this test.';
    const a = buildArticle({ id: 'x', text });
    expect(a.sentences.map((s) => s.text.replace(/\s+/gu, ' '))).toEqual([
      'Headline Here',
      'The president met the leaders of both parties on Monday and said the talks went well.',
      'Critics said otherwise.',
      'A second paragraph that is also wrapped at short width for this test.',
    ]);
  });

  it('drops bullet markers and flags section headings', () => {
    const a = seed('000');
    const bullet = a.sentences.find((s) => s.text.startsWith('President Trump and President Xi Jinping held'));
    expect(bullet).toBeDefined();
    expect(a.sentences.find((s) => s.text === 'Key Takeaways')?.heading).toBe(true);
    expect(bullet!.heading).toBe(false);
  });

  it('flags a section heading phrased as a question, not a list of questions or a quoted one', () => {
    const body = 'The Harbour Board voted on Monday to close the north piers to cargo ships for a year.';
    const heading = (text: string, line: string) => buildArticle({ id: 'x', text }).sentences.find((s) => s.text === line)?.heading;
    expect(heading(`Piers to close\n\n${body}\n\nWhy is the board involved?\n\nThe board owns the piers.`, 'Why is the board involved?')).toBe(true);
    const list = `Piers to close\n\n${body}\n\nWho voted for the closure?\n\nWhen will the piers reopen?\n\nThe board did not say.`;
    expect(heading(list, 'Who voted for the closure?')).toBe(false);
    expect(heading(list, 'When will the piers reopen?')).toBe(false);
    expect(heading(`Piers to close\n\n${body}\n\n“Why is the board involved?”\n\nDana Brandt asked.`, '“Why is the board involved?”')).toBe(false);
    expect(heading(`Piers to close\n\n${body}\n\nWhy is the board involved? It owns the piers.\n\nMore follows.`, 'Why is the board involved?')).toBe(false);
  });
});

describe('tokens', () => {
  it('carry exact offsets, norms and stems', () => {
    for (const s of seeds) {
      for (const sentence of buildArticle(s).sentences) {
        for (const t of sentence.tokens) expect(s.text.slice(t.start, t.end)).toBe(t.raw);
      }
    }
    const tokens = tokenize('Trump’s tariffs rose to 145% on the U.S. economy, $1,000!!!');
    expect(tokens.map((t) => t.raw)).toEqual([
      'Trump’s', 'tariffs', 'rose', 'to', '145%', 'on', 'the', 'U.S.', 'economy', ',', '$1,000', '!!!',
    ]);
    expect(tokens[0]).toMatchObject({ norm: "trump's", stem: 'trump', content: true });
    expect(tokens[3]).toMatchObject({ content: false });
    expect(tokens[10]).toMatchObject({ norm: '$1000' });
  });

  it('stems inflections together (Porter)', () => {
    expect(stem('tariffs')).toBe(stem('tariff'));
    expect(stem('lowered')).toBe(stem('lowering'));
    expect(stem('negotiations')).toBe(stem('negotiation'));
    expect(stem('relational')).toBe('relat');
    expect(stem('hopping')).toBe('hop');
  });

  it('stems a dotted acronym of three letters or more as its letters ("F.B.I." and "FBI" are one word)', () => {
    const stems = (text: string) => tokenize(text, 0).map((t) => t.stem);
    expect(stems('the F.B.I. agents')).toEqual(stems('the FBI agents'));
    expect(stem("f.b.i.'s")).toBe('fbi');
    // two letters name a place or a body the actors read ("U.S.", "U.N."): kept as written
    expect(stem('u.s.')).toBe('u.s.');
  });
});

describe('headline, dateline, title', () => {
  it('finds the headline of seeds 000–002 and the dateline of seed 004', () => {
    expect(seed('000').headline?.text).toBe('TRUMP Makes Bold China Move — Xi Responds Fast');
    expect(seed('002').title).toBe('Trump’s Positive Outreach to China: Navigating Trade Talks');
    const a = seed('004');
    expect(a.headline).toBeUndefined();
    expect(a.dateline?.text).toBe('WASHINGTON (CP) –');
    expect(a.sentences[0]!.text.startsWith('President Donald Trump and Chinese President')).toBe(true);
  });

  it('prefers the given title', () => {
    expect(buildArticle({ id: 'x', text: 'Body text here.', title: 'Given' }).title).toBe('Given');
  });

  it('reads a dateline under a one-sentence standfirst, and none deeper in the story', () => {
    const a = buildArticle({ id: 'x', text: 'Ferry Fares Rise\n\nThe fares rose for the second time this year.\n\nOSLO, May 3 (Reuters) - The ferry company raised its fares.\n\nMore text.' });
    expect(a.dateline?.text).toBe('OSLO, May 3 (Reuters) -');
    expect(a.actors.map((x) => x.name)).not.toContain('OSLO');
    const b = buildArticle({ id: 'y', text: 'Ferry Fares Rise\n\nThe fares rose again. Riders complained.\n\nOSLO, May 3 (Reuters) - The ferry company raised its fares.' });
    expect(b.dateline).toBeUndefined();
  });

  it('reads other dateline forms', () => {
    const a = buildArticle({ id: 'x', text: 'BEIJING, June 5 (Reuters) - China said so.\n\nMore text.' });
    expect(a.dateline?.text).toBe('BEIJING, June 5 (Reuters) -');
    expect(a.sentences[0]!.text).toBe('China said so.');
  });

  it('reads datelines with several places, a date or an agency, and leaves capitalised openings alone', () => {
    const dateline = (text: string) => buildArticle({ id: 'x', text: `${text}\n\nMore text.` }).dateline?.text;
    expect(dateline('NEW YORK — Stocks fell.')).toBe('NEW YORK —');
    expect(dateline('WASHINGTON, Oct. 5 (AP) — He said so.')).toBe('WASHINGTON, Oct. 5 (AP) —');
    expect(dateline('SAN FRANCISCO/WASHINGTON (Reuters) - It happened.')).toBe('SAN FRANCISCO/WASHINGTON (Reuters) -');
    expect(dateline('(CNN) — The president spoke.')).toBe('(CNN) —');
    expect(dateline('THE END of an era is here.')).toBeUndefined();
  });
});

describe('quotes', () => {
  it('finds curly and straight quotes with the speaker named around them', () => {
    const text =
      '“We will win,” Trump said. Biden said: "It is over." The talks were "productive", according to Xi. ' +
      '“Never,” said Mr. Smith.';
    const quotes = findQuotes(text, buildArticle({ id: 'x', text }).sentences);
    expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['We will win,', 'Trump'],
      ['It is over.', 'Biden'],
      ['productive', 'Xi'],
      ['Never,', 'Mr. Smith'],
    ]);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('finds seed 000’s quoted Trump statements', () => {
    const quotes = seed('000').quotes;
    const tough = quotes.find((q) => q.text.includes('VERY TOUGH'));
    expect(tough?.speakerName).toBe('President Donald Trump');
    expect(quotes.find((q) => q.text.startsWith('The call lasted'))?.speakerName).toBe('Trump');
    expect(quotes.find((q) => q.text === 'very positive')?.speakerName).toBeUndefined();
  });
});

describe('sentiment in the model', () => {
  it('adds up paragraphs and sentences to the article figure', () => {
    const a = seed('000');
    const sum = a.sentences.reduce((n, s) => n + s.sentiment.score, 0);
    expect(a.sentiment.score).toBe(sum);
    expect(a.paragraphs.reduce((n, p) => n + p.sentiment.score, 0)).toBe(sum);
  });
});

describe('quotes across line breaks', () => {
  it('keeps a quote whole across the lines of a hard-wrapped paragraph, not across paragraphs', () => {
    const text =
      'Title Line\n\nThe mayor said the plan was “a\ngood start for the\ncity,” and left.\nThen she spoke\nagain today.\n\nAn “unclosed quote\nhere.\n\nNew “closed” one.';
    const quotes = findQuotes(text, buildArticle({ id: 'x', text }).sentences);
    expect(quotes.map((q) => q.text)).toEqual(['a\ngood start for the\ncity,', 'closed']);
  });
});

describe('single curly quotes', () => {
  it('pairs ‘…’ but not apostrophes', () => {
    const text = 'Police got ‘qualified immunity’ in the leaders’ cases, the court’s ruling said.';
    const quotes = findQuotes(text, buildArticle({ id: 'x', text }).sentences);
    expect(quotes.map((q) => q.text)).toEqual(['qualified immunity']);
  });
});

describe('quotes over several paragraphs', () => {
  it('a quote left open where the next paragraph opens again runs to its paragraph end', () => {
    const text =
      'Title Line\n\nHe told reporters: "It is time to stand up to this reckless plan.\n\n"Most people here want a better deal," he said.\n\nAn "unclosed quote here.\n\nThe end.';
    const quotes = findQuotes(text, buildArticle({ id: 'x', text }).sentences);
    expect(quotes.map((q) => q.text)).toEqual(['It is time to stand up to this reckless plan.', 'Most people here want a better deal,']);
  });
});

describe('straight single quotes', () => {
  it('pair in a headline, skip apostrophes and elisions, and take no speaker from the next paragraph', () => {
    const text = "Mayor Warns Council: 'If They Vote No, They're Going to Regret It'\n\nGovernor Jane Smith said the budget was fine. The states' rights group agreed; rock 'n' roll played on.";
    const a = buildArticle({ id: 'x', text });
    expect(a.quotes.map((q) => q.text)).toEqual(["If They Vote No, They're Going to Regret It"]);
    expect(a.quotes[0]!.speakerName).not.toBe('Governor Jane Smith');
    const regret = a.highlights.find((h) => h.text === 'Regret');
    expect(regret?.quoted).toBeDefined();
    expect(regret?.reason).toContain("the speaker's words");
  });
});
