import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { compare } from './compare';
import { analyze } from './index';
import { findRoleMentions, phraseAround } from './facts';
import { findLowerRoleMentions } from './facts-people';
import { findQuantities } from './numbers';

/** A fact table over `articles` aligned as the engine aligns them, and sentence i of article a in it. */
async function factTable(articles: ReturnType<typeof buildArticle>[]) {
  const { align } = await import('./align');
  const { FactTable } = await import('./fact-table');
  const alignment = align(articles);
  return { alignment, table: new FactTable(alignment), at: (a: number, i: number) => alignment.prepared[a]![i]! };
}

/** The comparison of texts given as articles a0, a1, … */
const analyzeTexts = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `a${i}`, text })));

function sentenceOf(text: string) {
  return buildArticle({ id: 'x', text }).sentences[0]!;
}

describe('facts', () => {
  it('reads people named after a role, with "former" kept apart', () => {
    const s = sentenceOf('Key figures include Treasury Secretary Scott Bessent and former President Donald Trump’s aide.');
    const roles = findRoleMentions(s, 0);
    expect(roles.map((r) => [r.role, r.name, r.former])).toEqual([
      ['Treasury Secretary', 'Scott Bessent', false],
      ['former President', 'Donald Trump', true],
    ]);
    for (const r of roles) expect(s.text.slice(r.start - s.start, r.end - s.start)).toBe(`${r.role} ${r.name}`);
    expect(findRoleMentions(sentenceOf('A former Justice Department official was subpoenaed.'), 0)).toEqual([]);
  });

  it('names a number by the words around it', () => {
    const phrase = (text: string) => {
      const s = sentenceOf(text);
      const q = findQuantities(s.text)[0]!;
      return phraseAround(s, s.start + q.start, s.start + q.end).text;
    };
    expect(phrase('The U.S. grapples with a staggering $295 billion trade deficit with China.')).toBe('$295 billion trade deficit');
    expect(phrase('The United States had imposed tariffs reaching 145 percent on Chinese goods.')).toBe('imposed tariffs reaching 145 percent');
    expect(phrase('Trade relations hit a roadblock after an agreement on May 12 aimed at reducing tariffs.')).toBe('agreement on May 12');
    // people counted by a capitalised plural, and up to two modifiers before the noun
    expect(phrase('Crews freed the trawler, and three other Danes are still held at the port.')).toBe('three other Danes');
    // a bare number and noun say what they did, past a parenthesis; "of" completes a noun
    expect(phrase('Five Democrats voted against the bill.')).toBe('Five Democrats voted against the bill');
    expect(phrase('Four sailors, including the mate, have been charged with theft.')).toBe('Four sailors … have been charged with theft');
    expect(phrase('The port has trained more than 100 heads of department since its opening.')).toBe('100 heads of department');
    expect(phrase('A Facebook event had gained 28,000 attendees.')).toBe('gained 28,000 attendees');
    // an age after a name goes with the name
    expect(phrase('Brandt, 73, took over the inquiry in May.')).toBe('Brandt, 73');
    expect(phrase('The envoy was greeted by lawmakers and nearly 500 U.N. staff at the port.')).toBe('500 U.N. staff');
    expect(phrase('The mayor hopes for a deal that eluded her three most senior advisers.')).toBe('three most senior advisers');
    // never from inside a name: by the verb it depends on, or else with the whole name
    expect(phrase('The ministry held back its levy on the Northern Alliance for a last 45 days.')).toBe('held back its levy … for a last 45 days');
    expect(phrase('Talks with the Northern Alliance for a last 45 days.')).toBe('Northern Alliance for a last 45 days');
    expect(phrase('China reduced tariffs on U.S. goods to 30% on Monday.')).toBe('U.S. goods to 30%');
    // an "-ly" adverb before a modifier is one of the number's words
    expect(phrase('The ban on travel from seven largely rural provinces was lifted.')).toBe('seven largely rural provinces');
    // a date by what happened on it, not by who did it or the last words before it; with the noun it modifies
    expect(phrase('Dana Brandt and Lena Ortiz were charged on Oct. 12, 2016 with six counts of theft.')).toBe('charged on Oct. 12, 2016');
    expect(phrase('The firms were charged by a regional court on Feb. 16 for fraud.')).toBe('charged by a regional court on Feb. 16');
    expect(phrase('The mayor spoke at a March 5 rally in the port.')).toBe('mayor spoke at a March 5 rally');
    // a number and noun with no verb after them: with the phrase that places them, else the verb before them
    expect(phrase('The board has studied five sites for a new terminal, she said.')).toBe('five sites for a new terminal');
    expect(phrase('Having met six times, the two mayors agreed.')).toBe('met six times');
    // a sum or share with no noun of its own is named by what it is of
    expect(phrase('The harbour board wants to tax $40 million of Danish ferry fares next year.')).toBe('$40 million of Danish ferry fares');
    expect(phrase('Five of the recent polls showed a lead.')).toBe('Five of the recent polls');
    // a duration that dates something ends on the word that says so
    expect(phrase('The port is recovering from a dock strike that ended five years ago, Ms. Ortiz said.')).toBe('dock strike that ended five years ago');
    expect(phrase('Crews worked on 14 cranes for months.')).toBe('worked on 14 cranes');
    expect(phrase('Having met six times and talked by radio 20 times, the two mayors agreed.')).toBe('met six times');
    // modifiers joined by "and" run on to their noun; two plural groups stay apart
    expect(phrase('The court dropped the 12 fraud and theft charges against the crew.')).toBe('12 fraud and theft charges');
    expect(phrase('The port hired 30 welders and crane drivers.')).toBe('hired 30 welders');
    // a phrase set off by a comma at the start is named with the clause it opens, ending on a whole word group
    expect(phrase('After five months, the east cranes were idle again in the cold.')).toBe('After five months, the east cranes were idle again');
  });

  it('counts a figure of two nouns that name one thing as one fact, and of a group and its people as two', () => {
    const numbers = (texts: string[]) => analyzeTexts(texts).facts.filter((f) => f.kind === 'number');
    const sites = numbers([
      'The board is considering five sites for the new terminal, the mayor said.',
      'Five locations are under review for the new terminal, officials said.',
      'Officials said five locations were under study for the terminal.',
    ]);
    expect(sites).toHaveLength(1);
    expect(sites[0]!.presentIn).toHaveLength(3);
    const apart = numbers(['Three groups remained in contact before the vote.', 'Three people remained in contact before the vote.']);
    expect(apart).toHaveLength(2);
    // a specific figure is one fact whatever each outlet counts it by
    const specific = numbers([
      'Harbour arrivals fell to 293,000 last month, the board said.',
      'The port counted 293,000 passengers last month, the lowest since 2019.',
      'Some 293,000 travellers used the ferries last month.',
    ]);
    expect(specific.filter((f) => /293,000/u.test(f.text))).toHaveLength(1);
    expect(specific.find((f) => /293,000/u.test(f.text))!.presentIn).toHaveLength(3);
  });
});

describe('a sentence from the middle of a quote', () => {
  it('is shown as the speaker\'s words, in quotation marks', () => {
    const c = analyzeTexts([
      'The harbour board met on Friday. “The cranes are old. The cranes at the east quay break down every week in the cold. We need new ones,” Dana Brandt said.',
      'The harbour board met on Friday. “Nothing works. The cranes at the east quay break down every week in the cold. Fix them,” Brandt said.',
      'The harbour board met on Friday to discuss the port budget and the new ferry timetable.',
    ]);
    const statements = c.facts.filter((f) => f.kind === 'statement').map((f) => f.text);
    expect(statements).toContain('“The cranes at the east quay break down every week in the cold.”');
    // a sentence outside any quote keeps its own words
    expect(statements).toContain('The harbour board met on Friday.');
  });
});

describe('figures that are no facts of their own', () => {
  it('reads a range of days as one date and a figure that opens a name as no figure', () => {
    const c = analyzeTexts([
      'The summit will follow a harbour conference in Riga on July 11-12, the council said.',
      'The summit follows a harbour conference in Riga on July 11-12. 10 Harbour Street said in a statement that it agreed.',
      'The summit comes after a harbour conference in Riga on July 11-12.',
    ]);
    const numbers = c.facts.filter((f) => f.kind === 'number').map((f) => f.text);
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).toMatch(/July 11-12$/u);
    expect(findQuantities('They met on June 30 - 31 people came.').map((q) => q.text)).toEqual(['June 30', '31']);
    // a figure in a simile is an image
    expect(analyzeTexts(['The mayor said the board acted like a 12-year-old.', 'The mayor said the board acted like a 12-year-old child.']).facts.filter((f) => f.kind === 'number')).toEqual([]);
    // a count of what a name stands for stays a figure
    const d = analyzeTexts(['Three White House aides resigned on Friday.', 'Three White House aides quit on Friday.']);
    expect(d.facts.some((f) => f.kind === 'number' && /Three White House aides/u.test(f.text))).toBe(true);
  });
});

describe('statements told in sentences that say more', () => {
  const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
  const statements = (texts: string[]) =>
    compare(texts.map((text, i) => buildArticle({ id: 'abcde'[i]!, text }))).facts.filter((f) => f.kind === 'statement');

  it('are carried by a sentence that already carries another statement when it says the same act', () => {
    const facts = statements([
      `The ferry line was widely expected to resume service to the islands before the summer season. ${filler(1)}`,
      `${filler(2)} A return of ferry service to the islands had been expected, as the islands and the harbour board rework their landing fees.`,
      `The islands and the harbour board are reworking their landing fees this month. ${filler(3)}`,
      `${filler(4)} The harbour board met on Tuesday to discuss the landing fees for the islands.`,
    ]);
    const fees = facts.find((f) => /reworking their landing fees/u.test(f.text))!;
    expect(fees.presentIn).toEqual(['b', 'c']);
    const ferry = facts.find((f) => /ferry line/u.test(f.text))!;
    expect(ferry.presentIn).toEqual(['a', 'b']);
    expect(ferry.omittedBy).toEqual(['c', 'd']);
  });

  it('are found in a sentence that carries another statement, for the other claim it makes', () => {
    const protest = 'islanders protested the new cargo rules with banners and drums at the quay';
    const facts = statements([
      `The ministry postponed the hydrofoil timetable for the islands until the spring. ${filler(1)}`,
      `${filler(2)} The ministry postponed the hydrofoil timetable for the islands until the spring, as ${protest}.`,
      `The harbour board raised the landing fees for the ferries on Tuesday by a third. ${filler(3)}`,
      `${filler(4)} The harbour board raised the landing fees for the ferries on Tuesday by a third, and ${protest}.`,
      `A winter storm closed the ferry terminal for a whole day. ${filler(5)}`,
    ]);
    const told = facts.find((f) => f.text.includes(protest))!;
    expect(told.presentIn).toEqual(['b', 'd']);
    expect(told.omittedBy).toEqual(['c', 'e']);
  });

  it('are carried by a sentence that carries another statement and says this one as a phrase, in its words', () => {
    const raised = 'The Harbour Board raised the landing fees for the island ferries on Tuesday';
    const facts = statements([
      `${raised}, at its first formal session since the spring floods. ${filler(1)}`,
      `${filler(2)} ${raised}.`,
      // no person named as the one who chaired: an article that never names the person whose act a statement tells does not carry it
      `${filler(3)} The new chair opened the first formal session of the Harbour Board since the spring floods.`,
      `${filler(4)} A winter storm closed the ferry terminal for a whole day.`,
    ]);
    const session = facts.find((f) => /opened the first formal session/u.test(f.text))!;
    expect(session.presentIn).toEqual(['a', 'c']);
    expect(session.omittedBy).toEqual(['b', 'd']);
    expect(facts.find((f) => /raised the landing fees/u.test(f.text))?.presentIn).toEqual(['a', 'b']);
  });

  it('are not carried so where they are a short remark whose few words a longer sentence holds', () => {
    const raised = 'The Harbour Board raised the landing fees for the island ferries on Tuesday';
    const facts = statements([
      `${raised}, at its first formal session since the spring floods. ${filler(1)}`,
      `${filler(2)} ${raised}.`,
      `${filler(3)} The formal session ran long after the floods.`,
      `${filler(4)} A winter storm closed the ferry terminal for a whole day.`,
    ]);
    expect(facts.find((f) => /session ran long/u.test(f.text))).toBeUndefined();
  });

  it('are not carried so where the longer sentence repeats little more than the names', () => {
    const raised = 'Dana Brandt of the Harbour Board and Tomas Lee of the island council raised the landing fees for the ferries on Tuesday';
    const facts = statements([
      `${raised}, at their first formal session since the spring floods. ${filler(1)}`,
      `${filler(2)} ${raised}.`,
      `${filler(3)} Dana Brandt of the Harbour Board traded sharp words with Tomas Lee, calling him reckless.`,
      `${filler(4)} A winter storm closed the ferry terminal for a whole day.`,
    ]);
    expect(facts.find((f) => /sharp words/u.test(f.text))).toBeUndefined();
  });

  it('keep the claim most articles make where a group of sentences on one topic makes two', () => {
    const said = 'The minister cancelled the trade talks with Canada on Monday after a dispute over dairy quotas.';
    const facts = statements([
      `${said} ${filler(1)}`,
      `${filler(2)} ${said}`,
      `${said} ${filler(3)}`,
      `${filler(4)} On Monday the minister praised the talks on trade with Canada, which began in May.`,
      `The minister praised the trade talks with Canada, which began in May, on Monday. ${filler(5)}`,
    ]);
    expect(facts.find((f) => /cancelled the trade talks/u.test(f.text))?.presentIn).toEqual(['a', 'b', 'c']);
    expect(facts.find((f) => /praised the talks/u.test(f.text))?.presentIn).toEqual(['d', 'e']);
  });

  it('are one fact where an article says the same thing twice', () => {
    const facts = statements([
      `The city council postponed its vote on the harbour budget until the first of June. ${filler(1)} The city council postponed its vote on the harbour budget until the first of June, officials said.`,
      `${filler(2)} The city council postponed its vote on the harbour budget until the first of June.`,
      `The mayor wants a new ferry pier before the summer season. ${filler(3)}`,
      `${filler(4)} The harbour board met on Tuesday to discuss the landing fees for the islands.`,
    ]);
    const postponed = facts.filter((f) => /postponed its vote/u.test(f.text));
    expect(postponed.map((f) => f.presentIn)).toEqual([['a', 'b']]);
    expect(postponed[0]!.omittedBy).toEqual(['c', 'd']);
  });
});

describe('a person in a role', () => {
  it('is named in full where one article cuts the name short', () => {
    const texts = [
      'Harbour Minister Lee Jae In opened the new container terminal on Friday morning.',
      'Harbour Minister Lee Jae-in opened the container terminal in the south of the port on Friday.',
      'The new container terminal opened on Friday with Harbour Minister Lee Jae In at the ribbon.',
    ];
    const c = analyzeTexts(texts);
    const person = c.facts.filter((f) => f.kind === 'person-role');
    expect(person.map((f) => f.text)).toEqual(['Harbour Minister Lee Jae-in']);
    expect(person[0]!.presentIn).toEqual(['a0', 'a1', 'a2']);
  });

  it('is not carried by another actor who shares the name', () => {
    const texts = [
      'Harbour Minister Dana Brandt opened the new container terminal on Friday morning.',
      'The new container terminal opened on Friday, with Harbour Minister Dana Brandt at the ribbon.',
      'The new container terminal opened on Friday. Paul Brandt, a crane driver, said the work was hard.',
    ];
    const c = analyzeTexts(texts);
    const person = c.facts.find((f) => f.kind === 'person-role' && f.text.includes('Dana Brandt'));
    expect(person?.presentIn).toEqual(['a0', 'a1']);
    // left out, in its own box or in the box of what she did, which her role is given with
    expect(c.articles[2]!.omissions.filter((o) => o.factId === person!.id || o.covers?.includes(person!.id))).toHaveLength(1);
  });
  it('keeps a title every article gives as past, and shows it bare where they disagree', () => {
    const person = (texts: string[]) => analyzeTexts(texts).facts.find((f) => f.kind === 'person-role' && f.text.includes('Dana Brandt'))?.text;
    const past = [
      'Former Harbour Minister Dana Brandt opened the new container terminal on Friday morning.',
      'The new container terminal opened on Friday, with former Harbour Minister Dana Brandt at the ribbon.',
      'The new container terminal opened on Friday after two years of work on the quay.',
    ];
    expect(person(past)).toBe('former Harbour Minister Dana Brandt');
    expect(person([past[0]!, 'The new container terminal opened on Friday, with Harbour Minister Dana Brandt at the ribbon.', past[2]!])).toBe('Harbour Minister Dana Brandt');
    // a title in lower case after "former" and a place
    const lower = (text: string) => findLowerRoleMentions(sentenceOf(text), 0).map((r) => [r.role, r.name, r.former]);
    expect(lower('The board hired former Port Vantor mayor Dana Brandt as its adviser.')).toEqual([['mayor', 'Dana Brandt', true]]);
    expect(lower('The board hired Port Vantor mayor Dana Brandt as its adviser.')).toEqual([['mayor', 'Dana Brandt', false]]);
  });
});

describe('a person in a role written in lower case', () => {
  it('reads the role before the name and set off beside it', () => {
    const roles = (text: string) => findLowerRoleMentions(sentenceOf(text), 0).map((r) => [r.role, r.name]);
    expect(roles('The board met port director Lena Ortiz on the quay.')).toEqual([['port director', 'Lena Ortiz']]);
    expect(roles('The mayor met Dana Brandt, the port’s new chief adviser, on Friday.')).toEqual([['chief adviser', 'Dana Brandt']]);
    expect(roles('The mayor met Dana Brandt, the chief adviser of the port, on Friday.')).toEqual([['chief adviser', 'Dana Brandt']]);
    expect(roles('The port’s new chief adviser, Dana Brandt, has resigned.')).toEqual([['chief adviser', 'Dana Brandt']]);
    // a place or a firm after a lower-case word is no role, and a comma before a clause is no appositive
    expect(roles('The ferry left Port Vantor, the harbour town where the strike began.')).toEqual([]);
    expect(roles('Engineers at Harbour Board said the crane was safe.')).toEqual([]);
  });

  it('reads a person named by kinship, with whose kin they are', () => {
    const texts = [
      'Mayor Tomas Lee and his wife, Ann, opened the new ferry terminal at Port Vantor on Friday morning.',
      'Mayor Tomas Lee opened the new ferry terminal on Friday. Ann Lee cut the ribbon with him at Port Vantor.',
      'Mayor Tomas Lee opened the new ferry terminal at Port Vantor on Friday after two years of work.',
    ];
    const c = analyzeTexts(texts);
    const person = c.facts.find((f) => f.kind === 'person-role' && f.text.includes('Ann'));
    expect(person?.text).toBe('Tomas Lee’s wife Ann');
    expect(person?.presentIn).toEqual(['a0', 'a1']);
  });

  it('is a person fact the articles that do not name the person leave out', () => {
    const texts = [
      'The Harbour Board approved the new container terminal on Friday. It met chief adviser Dana Brandt, who warned of delays to the work.',
      'The Harbour Board approved the new container terminal on Friday. Dana Brandt, the board’s chief adviser, warned of delays to the work.',
      'The Harbour Board approved the new container terminal on Friday after a long debate among its members.',
    ];
    const c = analyzeTexts(texts);
    const person = c.facts.find((f) => f.kind === 'person-role' && f.text.includes('Dana Brandt'));
    expect(person?.text).toBe('chief adviser Dana Brandt');
    expect(person?.presentIn).toEqual(['a0', 'a1']);
    // her role and what she said are one thing left out: the box of what she said stands for her role
    const box = c.articles[2]!.omissions.find((o) => o.factId === person!.id || o.covers?.includes(person!.id));
    expect(box?.kind).toBe('statement');
    expect(box?.text).toContain('Dana Brandt');
    expect(c.articles[2]!.omissions.filter((o) => o.kind === 'person-role')).toEqual([]);
  });

  it('keeps a box of its own for a role given apart from what the person did', () => {
    const opening = 'The Harbour Board approved the new container terminal on Friday after a long debate.';
    const warned = 'Dana Brandt warned of delays to the dredging work.';
    const c = analyzeTexts([`${opening} Chief adviser Dana Brandt, who joined the board from the port authority in 2019, opened the meeting with a summary of the harbour accounts. ${warned}`, `${opening} Chief adviser ${warned}`, opening]);
    const person = c.facts.find((f) => f.kind === 'person-role' && f.text.includes('Dana Brandt'))!;
    const statement = c.facts.find((f) => f.kind === 'statement' && f.text === warned)!;
    expect(person.presentIn).toEqual(['a0', 'a1']);
    expect(statement.presentIn).toEqual(['a0', 'a1']);
    const left = c.articles[2]!.omissions;
    expect(left.find((o) => o.factId === statement.id)).toBeDefined();
    // one article gives her role in a sentence of its own: the box of what she said does not tell it there
    expect(left.find((o) => o.factId === person.id)?.text).toBe(person.text);
  });

  it('leaves out what a person it never names did, beside the person, but a team\'s passage only in the team\'s box', () => {
    const opening = 'The Harbour Board approved the new container terminal on Friday after a long debate among its members.';
    const fired = 'Chief adviser Dana Brandt was dismissed by the board after the dredging contract ran late.';
    const team = 'Representing the board at the talks in Kellen Bay will be Finance Secretary Lena Ortiz and Works Secretary Tomas Lee.';
    const c = analyzeTexts([`${opening} ${fired} ${team}`, `${opening} The terminal will open in the spring. ${fired} ${team}`, `${opening} The terminal will open in the spring.`]);
    const left = c.articles[2]!.omissions.map((o) => o.text);
    expect(left).toEqual(expect.arrayContaining(['Finance Secretary Lena Ortiz, Works Secretary Tomas Lee']));
    // what she did is a fact of its own, in its own box, which stands for her role too: both articles give the role
    // in the sentence that says what happened to her
    expect(left).toContain(fired);
    const role = c.facts.find((f) => f.kind === 'person-role' && f.text.includes('Dana Brandt'))!;
    expect(c.articles[2]!.omissions.find((o) => o.text === fired)!.covers).toEqual([role.id]);
    expect(role.omittedBy).toEqual(['a2']);
    // who will represent the board is what the team's box says: no second box, and the matrix says the passage is
    // left out, through that box
    expect(left).not.toContain(team);
    const passage = c.facts.find((f) => f.kind === 'statement' && f.text === team)!;
    expect(passage.presentIn).toEqual(['a0', 'a1']);
    expect(passage.omittedBy).toEqual(['a2']);
    const box = c.articles[2]!.omissions.find((o) => o.text === 'Finance Secretary Lena Ortiz, Works Secretary Tomas Lee')!;
    expect(box.covers).toEqual([passage.id]);
  });
});

describe('one box per thing an article leaves out', () => {
  it('shows a quoted fragment it leaves out through the box of the sentence it comes from', () => {
    const said = 'The mayor will visit the port on 12 March. She will hold direct talks with the harbour pilots during her visit.';
    const c = analyzeTexts([
      `The city council approved the harbour plan on Monday after a long debate. Councillor Dana Brandt said she was glad the mayor would "hold direct talks with the harbour pilots" before the final vote. A council spokesperson said: "${said}"`,
      `The city council approved the harbour plan on Monday. "${said.slice(0, -1)}," a council spokesperson said. Councillor Dana Brandt welcomed the news that the mayor would "hold direct talks with the harbour pilots" soon.`,
      'The city council approved the harbour plan on Monday. Residents had asked for more ferry services for years, and the vote was close.',
    ]);
    const fragment = c.facts.find((f) => f.kind === 'quote' && f.text === '“hold direct talks with the harbour pilots”')!;
    const boxes = c.articles[2]!.omissions;
    // the sentence the fragment comes from says it: one box, and the matrix still says the fragment is left out
    expect(boxes.map((o) => o.factId)).not.toContain(fragment.id);
    const talks = boxes.find((o) => o.text.startsWith('She will hold direct talks'))!;
    expect(talks.covers).toContain(fragment.id);
    expect(fragment.omittedBy).toEqual(['a2']);
  });
});

describe('a quote another article gives in part', () => {
  const said = 'We paid for studies nobody read, we ignored the pilots and the ferry crews, and now the plan should never have been approved by the Harbour Board.';
  const partIn = async (others: string[]) => {
    const { quotedInPart } = await import('./facts');
    const articles = [`Dana Brandt told the harbour board: "${said}"`, ...others].map((text, i) => buildArticle({ id: `a${i}`, text }));
    const { alignment, table } = await factTable(articles);
    const d = table.carry('q', 'quote', alignment.prepared[0]![0]!, () => `“${said}”`);
    quotedInPart(table, articles);
    return [...(d.partial ?? [])];
  };

  it('is told in part by its words quoted as fragments, or by a run of them within another quote', async () => {
    expect(await partIn(['Dana Brandt called the studies "nobody read" and spoke of "ferry crews" ignored.'])).toEqual(['a1']);
    expect(await partIn(['"Everyone knows my view: this plan should never have been approved at all," Dana Brandt said.'])).toEqual(['a1']);
  });

  it('is not told by another quote that shares a name or a few common words with it', async () => {
    expect(await partIn(['"Ask by the Harbour Board office for the ferry schedules," Dana Brandt said.', 'Dana Brandt called the plan "nothing new" and said the board "never" listens.'])).toEqual([]);
  });
});

describe('one quote in several articles', () => {
  const same = async (a: string, b: string) => {
    const { contentStems, ownStems, sameQuote } = await import('./facts-quotes');
    const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu)!.join(' ');
    return sameQuote(words(a), contentStems(a), words(b), contentStems(b), ownStems(a), ownStems(b));
  };

  it('is not another quote that only names the same places and bodies', async () => {
    expect(await same('This is no problem for the Harbour Board of Port Vantor.', 'We came to make the Harbour Board of Port Vantor a partner again.')).toBe(false);
    expect(await same('We came to make the Harbour Board of Port Vantor a partner again.', 'We came here to make the Harbour Board of Port Vantor our partner again.')).toBe(true);
  });

  it('is a short quote held word for word, with a compound written open or closed, never a part of a word', async () => {
    expect(await same('I truly hope the town shows some good will', 'the town shows some goodwill')).toBe(true);
    expect(await same('The casino dealer left early', 'no deal')).toBe(false);
  });

  it('is the same quote written in capitals for emphasis', async () => {
    expect(await same('I like Mayor Ortiz of Vantor, always have, but she is VERY TOUGH AND HARD TO DEAL WITH!', 'I like Mayor Ortiz… but she is very tough and hard to deal with.')).toBe(true);
  });
});

describe('a part of a longer quote', () => {
  const long = 'Dana Brandt spoke on Monday. “The plan is a disaster. We paid for studies nobody read. It is reckless and it is ruinous,” Brandt said.';
  const part = 'The board met on Monday. “It is reckless and it is ruinous,” Dana Brandt said.';
  const facts = async (texts: string[]) => {
    const { quoteFacts } = await import('./facts-quotes');
    const articles = texts.map((text, i) => buildArticle({ id: `a${i}`, text }));
    const { alignment, table } = await factTable(articles);
    quoteFacts(table, articles, alignment);
    return table.details.map((d) => [d.fact.text.replace(/ \(.*\)$/u, ''), d.fact.presentIn.sort(), [...(d.partial ?? [])].sort()]);
  };

  it('tells the longer quote in part and is a fact of its own, which the longer quote carries, in either order', async () => {
    const whole = '“The plan is a disaster. We paid for studies nobody read. It is reckless and it is ruinous”';
    const remark = '“It is reckless and it is ruinous”';
    expect(await facts([long, part, part.replace('The board', 'The council')])).toEqual([
      [whole, ['a0'], ['a1', 'a2']],
      [remark, ['a0', 'a1', 'a2'], []],
    ]);
    expect(await facts([part, long])).toEqual([
      [remark, ['a0', 'a1'], []],
      [whole, ['a1'], ['a0']],
    ]);
  });

  it('is held by the longer quote where its words recur in a row, a compound written open or closed', async () => {
    expect(await facts(['The board met. “I truly hope the whole town shows some good will,” Lena Ortiz said.', 'The board met. Lena Ortiz said “the whole town shows some goodwill” at the port.'])).toEqual([
      ['“I truly hope the whole town shows some good will”', ['a0'], ['a1']],
      ['“the whole town shows some goodwill”', ['a0', 'a1'], []],
    ]);
  });
});

describe('a quote told in other words', () => {
  const said = 'a reckless plan that burns money and ruins Port Vantor';
  const verdict = async (other: string) => {
    const { ArticleIndex } = await import('./coverage');
    const { contentStems, ownStems } = await import('./facts-quotes');
    const { tells } = await import('./tells');
    const articles = [`Dana Brandt called the terminal "${said}".`, other].map((text, i) => buildArticle({ id: `a${i}`, text }));
    const { alignment, table } = await factTable(articles);
    const d = table.carry('q', 'quote', alignment.prepared[0]![0]!, () => `“${said}”`);
    // as quote facts keep them: the speaker's own words, where there are three
    d.stems = ownStems(said).length >= 3 ? ownStems(said) : contentStems(said);
    const indexes = alignment.prepared.map((sentences) => new ArticleIndex(sentences));
    return tells(d, 1, alignment, indexes[1]!, new Map(), (id) => Number(id.slice(1))).verdict;
  };

  it('is matched by the speaker’s own words, not the names it mentions', async () => {
    const { quoteFacts } = await import('./facts-quotes');
    const articles = [buildArticle({ id: 'a0', text: `Dana Brandt called the terminal "${said}".` })];
    const { alignment, table } = await factTable(articles);
    quoteFacts(table, articles, alignment);
    expect(table.details[0]!.stems).toEqual(['reckless', 'plan', 'burn', 'monei', 'ruin']);
  });

  it('is told in part by three of the speaker’s words, not by two common ones and the names of the place', async () => {
    expect(await verdict('The ferry crews at Port Vantor went on strike on Monday. Their union called the new timetable reckless and said it would burn money.')).toBe('part');
    expect(await verdict('The ferry crews at Port Vantor went on strike on Monday. Their union asked how much money the new timetable plan would need.')).toBe('none');
  });
});

describe('a sum in two currencies', () => {
  const fine = (first: string) => {
    const c = analyzeTexts([
      `${first} It will fine the ferry firm 2.5 million euros for the oil spill in the harbour.`,
      'The ferry firm faces a fine of about $3 million for the oil spill in the harbour, the board said.',
      'The board said the ferry firm would pay about $3 million for the oil spill in the harbour.',
    ]);
    return c.facts.filter((f) => f.kind === 'number' && /2\.5 million|\$3 million/u.test(f.text)).map((f) => f.presentIn);
  };

  it('is one figure at the rate the story itself gives', () => {
    expect(fine('The Harbour Board sold 10 million euros ($12 million) of bonds on Monday.')).toEqual([['a0', 'a1', 'a2']]);
  });

  it('stays two figures where no article gives a rate', () => {
    expect(fine('The Harbour Board sold bonds worth a large sum on Monday.').sort((x, y) => x.length - y.length)).toEqual([['a0'], ['a1', 'a2']]);
  });
});

describe('framing differences and contradictions', () => {
  const texts = [
    'The Chinese foreign ministry claimed that Trump initiated the call on Thursday.\n\nFormer President Donald Trump spoke for 90 minutes.',
    'The Chinese foreign ministry confirmed that Trump initiated the call on Thursday.\n\nPresident Donald Trump spoke for 90 minutes.',
    'The Chinese foreign ministry noted that Trump initiated the call on Thursday.\n\nPresident Donald Trump spoke for an hour and a half.',
  ];
  const articles = texts.map((text, i) => buildArticle({ id: `a${i}`, text }));
  const result = compare(articles);

  it('finds the one word each outlet chose differently', () => {
    const ministry = result.alignments.find((a) => a.members.every((m) => m.sentence === 0))!;
    expect(ministry.differences.map((d) => [d.articleId, d.text])).toEqual([
      ['a0', 'claimed'],
      ['a1', 'confirmed'],
      ['a2', 'noted'],
    ]);
  });

  it('reports a title one outlet gives differently, and no number disagreement for equal durations', () => {
    expect(result.contradictions.map((c) => c.kind)).toEqual(['title']);
    expect(result.contradictions[0]!.values.map((v) => v.articleId)).toEqual(['a0', 'a1', 'a2']);
    expect(result.facts.find((f) => f.value === '90 minutes')!.presentIn).toEqual(['a0', 'a1', 'a2']);
  });

  it('reports different figures in aligned sentences', () => {
    const c = compare(
      ['Officials said 120 people died in the floods on Monday.', 'Officials said 85 people died in the floods on Monday.'].map((text, i) =>
        buildArticle({ id: `b${i}`, text }),
      ),
    );
    expect(c.contradictions.map((x) => [x.kind, x.values.map((v) => v.text)])).toEqual([['number', ['120', '85']]]);
  });
});

describe('titles across outlets', () => {
  it('finds "former president" against "President", but not against "under President"', () => {
    const c = compare(
      [
        'Speaking in Chicago on Monday, former president Barack Obama praised the new climate bill.',
        'Speaking in Chicago on Monday, President Barack Obama praised the new climate bill.',
        'Under President Barack Obama, the climate bill was first drafted in Chicago.',
      ].map((text, i) => buildArticle({ id: `t${i}`, text })),
    );
    const titles = c.contradictions.filter((x) => x.kind === 'title');
    expect(titles.flatMap((t) => t.values.map((v) => v.articleId))).toEqual(['t0', 't1']);
  });
});

describe('facts as units of meaning', () => {
  it('tells counts of different things apart by the noun they count', async () => {
    const { numberHead } = await import('./facts-numbers');
    const head = (text: string) => {
      const s = sentenceOf(text);
      const q = findQuantities(s.text)[0]!;
      return numberHead(s, s.start + q.start, s.start + q.end);
    };
    expect(head('Police said 200 migrants crossed the border on Monday.')).toBe('migrant');
    expect(head('Organisers said 200 demonstrators marched on Monday.')).toBe('demonstrator');
    expect(head('The U.S. grapples with a $295 billion trade deficit.')).toBe('deficit');
    // people named by a capitalised plural are what the number counts, not the noun before it
    expect(head('Crews freed the trawler, and three other Danes are still held at the port.')).toMatch(/^danes?$/iu);
  });

  it('keeps figures of different things apart even in aligned sentences, each named with its noun', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const r = compare([
      buildArticle({ id: 'a', text: `The mayor met the governor on Friday to discuss a plan built on four pillars. ${filler(1)}` }),
      buildArticle({ id: 'b', text: `The mayor met the governor on Friday to discuss a plan built on four pillars. ${filler(2)}` }),
      buildArticle({ id: 'c', text: `The mayor met the governor on Friday, apart from four other visits this year. ${filler(3)}` }),
    ]);
    const fours = r.facts.filter((f) => f.kind === 'number' && f.value === '4');
    expect(fours.map((f) => [f.text, f.presentIn])).toEqual([
      ['built on four pillars', ['a', 'b']],
      ['four other visits', ['c']],
    ]);
  });

  it('names a figure by its noun past a capitalised modifier, never by the verb before it', () => {
    const text = 'The general served three Republican presidents over two decades.';
    const a = buildArticle({ id: 'a', text });
    const s = a.sentences[0]!;
    const at = text.indexOf('three');
    expect(phraseAround(s, at, at + 5).text).toBe('three Republican presidents');
  });

  it('makes a quote and the statement that tells it in the same sentences one fact', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const said = 'The mayor said “we will rebuild the bridge before winter” at the hearing on Friday.';
    const r = compare([
      buildArticle({ id: 'a', text: `${said} ${filler(1)}` }),
      buildArticle({ id: 'b', text: `${said} ${filler(2)}` }),
      buildArticle({ id: 'c', text: `The council met on Friday. ${filler(3)}` }),
    ]);
    const bridge = r.facts.filter((f) => /rebuild the bridge/u.test(f.text));
    expect(bridge.map((f) => f.kind)).toEqual(['statement']);
    expect(r.omissions.c!.filter((o) => /rebuild the bridge/u.test(o.text))).toHaveLength(1);
  });

  it('makes no fact of a word or two in quotation marks, only of a quote a clause long', () => {
    const r = compare([
      buildArticle({ id: 'a', text: 'According to the mayor, the new plan was “almost finished” on Friday. She said “we will rebuild the bridge” soon.' }),
      buildArticle({ id: 'b', text: 'Residents asked about buses and parks at the hearing. The library will open on Sunday.' }),
    ]);
    const quotes = r.facts.filter((f) => f.kind === 'quote').map((f) => f.text);
    expect(quotes.some((t) => /almost finished/u.test(t))).toBe(false);
    expect(quotes.some((t) => /rebuild the bridge/u.test(t))).toBe(true);
  });

  it('makes no fact of a quote with one word of content: it says nothing a reader could miss', () => {
    const r = compare([
      buildArticle({ id: 'a', text: 'The harbour board will close the pier. “You can count on it,” Dana Brandt said. “We will rebuild the ferry terminal,” she added.' }),
      buildArticle({ id: 'b', text: 'Officials plan to shut the old pier next spring. Asked about the ferry, the board chair was firm: “You can count on it.” Later she told the council, “We will rebuild the ferry terminal.”' }),
    ]);
    const facts = r.facts.map((f) => f.text);
    expect(facts.some((t) => /count on it/u.test(t))).toBe(false);
    expect(facts.some((t) => /rebuild the ferry terminal/u.test(t))).toBe(true);
  });

  it('counts a figure told without its number, in the sentence that tells the rest, as told in part', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const r = compare([
      buildArticle({ id: 'a', text: `The council agreed to cut the water budget by 30 percent over two years. ${filler(1)}` }),
      buildArticle({ id: 'b', text: `The council agreed to cut the water budget by 30 percent over two years. ${filler(2)}` }),
      buildArticle({ id: 'c', text: `The council agreed to cut the water budget over two years. ${filler(3)}` }),
      buildArticle({ id: 'd', text: `The council agreed to raise the water budget to 45 percent. ${filler(4)}` }),
    ]);
    const figure = r.facts.find((f) => f.kind === 'number' && f.value === '30%')!;
    expect(figure.partialIn).toContain('c');
    expect(r.omissions.c!.some((o) => o.factId === figure.id)).toBe(false);
    expect(r.omissions.d!.some((o) => o.factId === figure.id)).toBe(true);
  });

  it('counts a relative date in a sentence about the same thing as telling a date in part', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const r = compare([
      buildArticle({ id: 'a', text: `The Harbour Board must vote on the new ferry fees on March 14. ${filler(1)}` }),
      buildArticle({ id: 'b', text: `Dana Brandt said the board will vote on ferry fees on March 14. ${filler(2)}` }),
      buildArticle({ id: 'c', text: `${filler(3)} Islanders expect the board to vote on what crossings cost next month.` }),
      buildArticle({ id: 'd', text: `${filler(4)} Lena Ortiz opened a bakery on the quay next month.` }),
    ]);
    const date = r.facts.find((f) => f.kind === 'number' && /March 14/u.test(f.text))!;
    expect(date.presentIn).toEqual(['a', 'b']);
    // "next month" where the board and its vote are told: the date without its day
    expect(date.partialIn ?? []).toContain('c');
    expect(r.omissions.c!.some((o) => o.factId === date.id)).toBe(false);
    // "next month" about something else leaves the date out
    expect(r.omissions.d!.some((o) => o.factId === date.id)).toBe(true);
  });

  it('counts a statement told in the sentences that tell a date as told in part where the date is', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const r = compare([
      buildArticle({ id: 'a', text: `The Harbour Board must vote on the new ferry fees on March 14. ${filler(1)}` }),
      buildArticle({ id: 'b', text: `Dana Brandt said the board will vote on ferry fees on March 14. ${filler(2)}` }),
      buildArticle({ id: 'c', text: `${filler(3)} Islanders expect the board to vote on what crossings cost next month.` }),
    ]);
    const statement = r.facts.find((f) => f.kind === 'statement' && /ferry fees on March 14/u.test(f.text))!;
    expect(statement.presentIn).toEqual(['a', 'b']);
    // the vote "next month" tells the sentence about the vote on March 14 in part, as it tells the date
    expect(statement.partialIn ?? []).toContain('c');
    expect(r.omissions.c!.some((o) => o.factId === statement.id)).toBe(false);
  });

  it('judges whether an article tells a lone sentence in part as strictly as a statement aligned sentences make', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const r = compare([
      buildArticle({ id: 'a', text: `Harbour officials confirmed the ageing crane will be dismantled before winter. ${filler(1)}` }),
      buildArticle({
        id: 'b',
        text: `${filler(2)} The ageing crane by the north pier will be dismantled in the coming cold months, harbour staff said, along with the old fuel tanks, the broken ramp lights and two rotting jetties.`,
      }),
      buildArticle({ id: 'c', text: `${filler(3)} Harbour officials met on Monday. Work stops in winter.` }),
    ]);
    const crane = r.facts.find((f) => f.kind === 'statement' && /ageing crane will be dismantled/u.test(f.text))!;
    expect(crane.presentIn).toEqual(['a', 'b']);
    // the officials and the winter, said in two sentences, are the topic: the crane is left out
    expect(crane.partialIn ?? []).not.toContain('c');
    expect(r.omissions.c!.some((o) => o.factId === crane.id)).toBe(true);
  });

  it('counts a statement in a speaker\'s words as left out where an article says who spoke but not what', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const quote = 'Dana Brandt of Kellen Bay: “The hearing on buses and parks was long, and the libraries were asked about too.”';
    const r = compare([
      buildArticle({ id: 'a', text: `${quote} ${filler(1)}` }),
      buildArticle({ id: 'b', text: `${filler(2)} ${quote}` }),
      buildArticle({ id: 'c', text: 'Shops on the quay stayed open late on Tuesday. Dana Brandt of Kellen Bay spoke after the hearing.' }),
      buildArticle({
        id: 'd',
        text: 'Shops on the quay stayed open late on Tuesday. Dana Brandt of Kellen Bay said the lengthy hearing dealt with coaches and parks, and libraries came up too.',
      }),
    ]);
    const said = r.facts.find((f) => f.kind === 'statement' && /hearing on buses and parks was long/u.test(f.text))!;
    expect(said.presentIn).toEqual(['a', 'b']);
    // the speaker and the occasion without the words: left out
    expect(r.omissions.c!.some((o) => o.factId === said.id)).toBe(true);
    // most of the words, some in other words: told in part
    expect(said.partialIn).toContain('d');
  });

  it('counts a statement one article says and another tells in part as left out where an article says nothing of it', () => {
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const quote = 'Dana Brandt of Kellen Bay: “The hearing on buses and parks was long, and the libraries were asked about too.”';
    const r = compare([
      buildArticle({ id: 'a', text: `${quote} ${filler(1)}` }),
      buildArticle({ id: 'b', text: `${filler(2)} The ferry fares rise in May.` }),
      buildArticle({ id: 'c', text: 'Shops on the quay stayed open late on Tuesday. Dana Brandt of Kellen Bay spoke after the hearing.' }),
      buildArticle({
        id: 'd',
        text: 'Shops on the quay stayed open late on Tuesday. Dana Brandt of Kellen Bay said the lengthy hearing dealt with coaches and parks, and libraries came up too.',
      }),
    ]);
    const said = r.facts.find((f) => f.kind === 'statement' && /hearing on buses and parks was long/u.test(f.text))!;
    expect(said.presentIn).toEqual(['a']);
    expect(said.partialIn).toEqual(['d']);
    // one article says it, another tells it in part: two others report it, and the box names both
    const box = r.omissions.b!.find((o) => o.factId === said.id)!;
    expect(box.presentIn).toEqual(['a']);
    expect(box.partialIn).toEqual(['d']);
    // the sentence that tells it in part says what this article says too (she spoke after the hearing): that telling
    // may be the other statement's, so it is not counted against this article
    expect(r.omissions.c!.some((o) => o.factId === said.id)).toBe(false);
    expect(said.omittedBy).toEqual(['b']);
  });

  it('counts a teller in part toward the threshold only where one of its sentences says as much of the statement as a carrier must', async () => {
    const { align } = await import('./align');
    const { ArticleIndex } = await import('./coverage');
    const { extractFacts } = await import('./facts');
    const { findOmissions } = await import('./omissions');
    const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
    const articles = [
      buildArticle({ id: 'a', text: `Dana Brandt of Kellen Bay: “The hearing on buses and parks was long, and the libraries were asked about too.” ${filler(1)}` }),
      buildArticle({ id: 'b', text: `${filler(2)} The ferry fares rise in May.` }),
      buildArticle({ id: 'c', text: 'Shops on the quay stayed open late on Tuesday. Dana Brandt of Kellen Bay spoke after the hearing.' }),
      buildArticle({
        id: 'd',
        text: 'Shops on the quay stayed open late on Tuesday. Dana Brandt of Kellen Bay said the lengthy hearing dealt with coaches and parks, and libraries came up too.',
      }),
      buildArticle({ id: 'e', text: 'Shops on the quay stayed open late on Tuesday. Parents at the hearing wanted the parks open longer.' }),
    ];
    const alignment = align(articles);
    const indexes = alignment.prepared.map((s) => new ArticleIndex(s));
    const facts = extractFacts(articles, alignment, indexes);
    const said = facts.details.find((x) => x.fact.kind === 'statement' && /hearing on buses and parks was long/u.test(x.fact.text))!;
    expect(said.fact.presentIn).toEqual(['a']);
    expect([...said.partial!]).toEqual(['d']);
    const boxFor = (id: string) => findOmissions(articles, alignment, facts, indexes, 2)[id]!.some((o) => o.factId === said.fact.id);
    // d says most of it in other words: with a, two others report it, and b leaves it out
    expect(boxFor('b')).toBe(true);
    // were e's parents at the hearing a telling in part, it shares a few of the words, little of
    // what she said: one article reports it, too few to call it left out
    said.partial = new Set(['e']);
    expect(boxFor('b')).toBe(false);
  });

  it('counts a statement in a speaker\'s words as left out where an article shares only its topic with the words', () => {
    const opening = 'The Harbour Board met on Monday to vote on the new container terminal at Port Vantor.';
    const end = 'The vote was postponed until May.';
    const toldBy = (said: string, other: string) => {
      const c = analyzeTexts([`${opening} ${said} ${end}`, `${opening} ${end} ${said}`, `${opening} ${other} ${end}`]);
      const f = c.facts.find((x) => x.text === said)!;
      expect(f.presentIn).toEqual(['a0', 'a1']);
      return f.omittedBy?.includes('a2') ? 'left out' : f.partialIn?.includes('a2') ? 'in part' : 'carried';
    };
    const bond = '"The bond between our two harbour towns is older than any ferry and stronger than any storm," Dana Brandt said.';
    const nobody = '"Nobody in this town wants a terminal that size, and the board knows it," Dana Brandt said.';
    const betrayed = '"Our fishermen have been betrayed by a board that never listened to them," Dana Brandt said.';
    // the speaker, the towns, the board: the story's words, not what she said
    expect(toldBy(bond, 'Dana Brandt visited both towns before the vote.')).toBe('left out');
    expect(toldBy(nobody, 'Dana Brandt, who lives in the town, attended the board meeting.')).toBe('left out');
    // what she said, in other words
    expect(toldBy(betrayed, 'Dana Brandt said the fishing crews felt the harbour board had ignored them.')).toBe('in part');
  });

  it('takes full clauses as statements, not fragments, bylines or photo credits', async () => {
    const { isClause } = await import('./facts-statements');
    expect(isClause(sentenceOf('The committee approved the measure after a long debate.'))).toBe(true);
    expect(isClause(sentenceOf('By Jane Smith and John Doe, Reporters'))).toBe(false);
    expect(isClause(sentenceOf('Photo by Jane Smith/Getty Images'))).toBe(false);
    expect(isClause(sentenceOf('Very well.'))).toBe(false);
    // an excerpt cut off by an ellipsis where a sentence cannot end; one that trails off after a full clause stays
    expect(isClause(sentenceOf('The board, which sued the port over the fees, is able to appeal the...'))).toBe(false);
    expect(isClause(sentenceOf('Ferry tickets, or the fares the board charges every passenger,...'))).toBe(false);
    expect(isClause(sentenceOf('The board will vote on the ferry fees in…'))).toBe(false);
    expect(isClause(sentenceOf('The board says the fees will rise again and again...'))).toBe(true);
  });

  it('takes neither a section heading phrased as a question nor a name with a bare title for a statement', () => {
    const story = (extra: string) =>
      `Piers to close\n\nThe Harbour Board voted on Monday to close the north piers to cargo ships for a year.\n\n${extra}\n\nThe closure starts in May, when the spring fishing season opens.`;
    const heading = 'What happens to the fishing boats moored at the north piers?\n\nThey may stay.';
    const titled = 'Dana Brandt, the port authority’s chief harbour engineer, said the repairs would cost more than planned.';
    const c = analyze([
      { id: 'a', text: story(`${heading}\n\n${titled}`) },
      { id: 'b', text: story(`${heading}\n\n${titled}`) },
      { id: 'c', text: story('Dana Brandt said the repairs would cost more than planned.') },
    ]);
    const left = c.articles.find((a) => a.id === 'c')!.omissions.map((o) => o.text);
    expect(left.some((t) => t.includes('fishing boats moored'))).toBe(false);
    expect(left.some((t) => t.includes('chief harbour engineer') && c.facts.find((f) => f.text === t)?.kind === 'statement')).toBe(false);
  });

  it('gives an article about another story no omissions', () => {
    const story = (extra: string) =>
      `The city council approved a new budget of $4 billion on Tuesday. The mayor said the budget funds 300 new teachers. ${extra}`;
    const articles = [
      buildArticle({ id: 'a', text: story('Council members debated the budget for six hours.') }),
      buildArticle({ id: 'b', text: story('The vote was 7 to 2.') }),
      buildArticle({ id: 'c', text: story('Opponents said the budget raises taxes.') }),
      buildArticle({ id: 'd', text: 'A rare comet will pass close to Earth next week. Astronomers expect a bright tail visible from the southern sky.' }),
    ];
    const r = compare(articles);
    expect(r.stories.find((s) => s.includes('d'))).toEqual(['d']);
    expect(r.omissions.d).toEqual([]);
  });
});

describe('importance', () => {
  it('ranks a lead fact most articles carry above a detail two of them give late', () => {
    const lead = 'The city council approved a budget of $4 billion on Tuesday after a long debate.';
    const filler = (k: number) =>
      Array.from({ length: 6 }, (_, i) => `Residents in district ${k * 10 + i} spoke about parks, buses and schools at the hearing.`).join(' ');
    const detail = 'The parking garage on Elm Street will close for repairs in the spring.';
    const r = compare([
      buildArticle({ id: 'a', text: `${lead} ${filler(1)} ${detail}` }),
      buildArticle({ id: 'b', text: `${lead} ${filler(2)} ${detail}` }),
      buildArticle({ id: 'c', text: `${lead} ${filler(3)}` }),
      buildArticle({ id: 'd', text: `The mayor welcomed the vote. ${filler(4)}` }),
    ]);
    const omitted = r.omissions.d!;
    const budget = omitted.find((o) => /budget/u.test(o.text));
    const garage = omitted.find((o) => /garage/u.test(o.text));
    expect(budget?.minor).toBe(false);
    expect(garage?.minor).toBe(true);
    expect(omitted.indexOf(budget!)).toBeLessThan(omitted.indexOf(garage!));
  });
});

describe('figures in titles', () => {
  it('takes no figure of a title ("60 Minutes") for a fact', () => {
    const texts = [
      'The engineer told CBS’ 60 Minutes on Sunday that the firm hid its research.',
      'The engineer said in an interview with “60 Minutes” on Sunday that the firm hid its research.',
      'The engineer said on Sunday that the firm hid its research.',
    ];
    const c = analyzeTexts(texts);
    expect(c.facts.filter((f) => f.kind === 'number' && /60/u.test(f.text))).toEqual([]);
    // a unit in lower case is a figure
    const d = analyze(texts.map((text, i) => ({ id: `b${i}`, text: `${text} The interview lasted 60 minutes.` })));
    expect(d.facts.filter((f) => f.kind === 'number' && /60 minutes/u.test(f.text))).toHaveLength(1);
  });
});

describe('one fact per wording', () => {
  it('makes two statements in the same words (an article that says a sentence twice) one fact, carried wherever either is', async () => {
    const { oneStatementPerWording } = await import('./facts');
    const said = 'The board will publish the full harbour plan before the summer recess.';
    const articles = [
      buildArticle({ id: 'a0', text: `The board confirmed the plan. ${said} The cranes arrive in June. "${said}"` }),
      buildArticle({ id: 'a1', text: `"${said}" The board said so on Friday.` }),
      buildArticle({ id: 'a2', text: `Officials said that ${said.toLowerCase()}` }),
      buildArticle({ id: 'a3', text: 'The cranes arrive in June, the board said.' }),
    ];
    const { table, at } = await factTable(articles);
    const first = table.carry('x', 'statement', at(0, 1), () => said);
    table.add(first, at(1, 0));
    const second = table.carry('y', 'statement', at(0, 3), () => `"${said}"`);
    table.add(second, at(2, 0));
    (second.partial = new Set()).add('a3');
    const other = table.carry('z', 'statement', at(0, 2), () => 'The cranes arrive in June.');
    oneStatementPerWording(table);
    expect(table.details).toEqual([first, other]);
    expect(first.fact.presentIn).toEqual(['a0', 'a1', 'a2']);
    expect(first.fact.sentences).toEqual({ a0: 1, a1: 0, a2: 0 });
    expect([...first.partial!]).toEqual(['a3']);
  });
});

describe('one fact per passage split in two', () => {
  it('makes two statements one fact where one article says them in one sentence and the others in two in a row', async () => {
    const { oneStatementPerSplit } = await import('./facts');
    const whole = 'The Harbour Board raised the ferry fees by a third, and Dana Brandt said the rise would pay for the new pier.';
    const articles = [
      buildArticle({ id: 'a0', text: `${whole} The cranes arrive in June.` }),
      buildArticle({ id: 'a1', text: 'The Harbour Board raised the ferry fees by a third. Dana Brandt said the rise would pay for the new pier.' }),
      buildArticle({ id: 'a2', text: 'The cranes arrive in June. The pier opens in May. The board raised the fees. Brandt said it would pay for the pier.' }),
      buildArticle({ id: 'a3', text: 'The cranes arrive in June, the board said.' }),
    ];
    const { alignment, table, at } = await factTable(articles);
    const both = table.carry('x', 'statement', at(0, 0), () => whole);
    table.add(both, at(1, 0));
    table.add(both, at(2, 2));
    const second = table.carry('y', 'statement', at(1, 1), () => 'Dana Brandt said the rise would pay for the new pier.');
    table.add(second, at(0, 0));
    table.add(second, at(2, 3));
    (second.partial = new Set()).add('a3');
    // carried by the same sentences everywhere: two things one sentence says in each article, kept apart
    const same = table.carry('z', 'statement', at(1, 0), () => 'The Harbour Board raised the ferry fees by a third.');
    table.add(same, at(0, 0));
    table.add(same, at(2, 2));
    // carried by a sentence two away in one article: no passage in a row
    const far = table.carry('w', 'statement', at(2, 0), () => 'The cranes arrive in June.');
    table.add(far, at(0, 0));
    table.add(far, at(1, 1));
    oneStatementPerSplit(table, alignment);
    expect(table.details).toEqual([both, same, far]);
    expect(both.fact.sentences).toEqual({ a0: 0, a1: 0, a2: 2 });
    expect([...both.partial!]).toEqual(['a3']);
  });

  it('keeps a headline apart from the passage below it', async () => {
    const { oneStatementPerSplit } = await import('./facts');
    const articles = [
      buildArticle({ id: 'a0', text: 'Harbour Board raises ferry fees to pay for new pier\n\nThe cranes arrive in June.' }),
      buildArticle({ id: 'a1', text: 'Ferry fees rise\n\nThe Harbour Board raised the ferry fees by a third on Monday. The rise will pay for the new pier.' }),
    ];
    const { alignment, table, at } = await factTable(articles);
    expect(at(0, 0).sentence.heading).toBe(true);
    const headline = table.carry('x', 'statement', at(0, 0), () => 'Harbour Board raises ferry fees to pay for new pier');
    table.add(headline, at(1, 1));
    const below = table.carry('y', 'statement', at(1, 2), () => 'The rise will pay for the new pier.');
    table.add(below, at(0, 0));
    oneStatementPerSplit(table, alignment);
    expect(table.details).toEqual([headline, below]);
  });
});

describe('group facts', () => {
  it('makes people every carrying article names in one sentence one fact', () => {
    const team = 'The U.S. team included Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick at the talks in Geneva.';
    const r = compare([
      buildArticle({ id: 'a', text: `Trade talks opened in Geneva on Monday. ${team}` }),
      buildArticle({ id: 'b', text: `Negotiators met in Geneva on Monday. ${team}` }),
      buildArticle({ id: 'c', text: 'Trade talks opened in Geneva on Monday with both sides hopeful.' }),
    ]);
    const people = r.facts.filter((f) => f.kind === 'person-role');
    expect(people.map((f) => f.text)).toEqual(['Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick']);
  });
});

describe('the same fact in other words', () => {
  const filler = (k: number) => `Residents of ward ${k} also asked about buses, parks and libraries at the hearing.`;
  const fact = 'The governor rejected the proposal to raise the fuel tax before the election.';

  it('finds a fact two articles tell only in other words, and misses it where it is not told', () => {
    for (const other of [
      'The governor dismissed a plan to increase the gasoline tax.',
      'The state leader dismissed the plan to increase the fuel tax before the vote.',
    ]) {
      const r = compare([
        buildArticle({ id: 'a', text: `${fact} ${filler(1)}` }),
        buildArticle({ id: 'b', text: `${other} ${filler(2)}` }),
        buildArticle({ id: 'c', text: `The governor spoke to reporters at the hearing. ${filler(3)}` }),
      ]);
      expect(r.omissions.c!.some((o) => /(?:fuel|gasoline) tax/u.test(o.text))).toBe(true);
      expect(r.omissions.a!.some((o) => /tax/u.test(o.text))).toBe(false);
      expect(r.omissions.b!.some((o) => /tax/u.test(o.text))).toBe(false);
    }
  });

  it('never takes an opposite for a near-synonym', async () => {
    const { featureOfWord, featureSimilarity } = await import('./features');
    const { opposite } = await import('./coverage');
    const text = 'Teams win or lose; they accept or reject a plan or a proposal.';
    compare([buildArticle({ id: 'w', text }), buildArticle({ id: 'v', text })]);
    const f = (w: string) => featureOfWord(w);
    // the vectors put these as near as synonyms
    expect(featureSimilarity(f('accept'), f('reject'))).toBeGreaterThan(0.6);
    for (const [a, b] of [['win', 'lose'], ['reject', 'accept']]) expect(opposite(f(a!), f(b!)), `${a}/${b}`).toBe(true);
    expect(opposite(f('plan'), f('proposal'))).toBe(false);
  });

  it('takes two sentences that share rare words as telling one thing, however much else each says', () => {
    const filler = (k: number) => Array.from({ length: 15 }, (_, i) => `Residents of ward ${k * 20 + i} asked about buses, parks and libraries at the hearing.`).join(' ');
    const r = compare([
      buildArticle({ id: 'a', text: `Trade talks stalled on Monday. The council named goods it would tax in reply, among them pianos, lumber and bicycles. ${filler(1)}` }),
      buildArticle({ id: 'b', text: `Trade talks stalled on Monday. Its members floated levies on imported bicycles, pianos and cheese. ${filler(2)}` }),
      buildArticle({ id: 'c', text: `Trade talks stalled on Monday. ${filler(3)}` }),
      buildArticle({ id: 'd', text: `Trade talks stalled on Monday. Dealers in Ohio sell many bicycles each spring. ${filler(4)}` }),
    ]);
    const goods = r.facts.find((f) => f.kind === 'statement' && /pianos/u.test(f.text))!;
    expect(goods.presentIn).toEqual(['a', 'b']);
    expect(r.omissions.c!.some((o) => o.factId === goods.id)).toBe(true);
    // an article that names one of the goods tells it in part
    expect(goods.partialIn).toContain('d');
  });

  it('counts the words of one term ("press conference") as one rare word shared, not two', () => {
    const filler = (k: number) => Array.from({ length: 15 }, (_, i) => `Residents of ward ${k * 20 + i} asked about buses, parks and libraries at the hearing.`).join(' ');
    const r = compare([
      buildArticle({ id: 'a', text: `The Harbour Board met on Monday. Dana Brandt, who chaired a long press conference, has been courting dredging crews through a deputy. ${filler(1)}` }),
      buildArticle({ id: 'b', text: `The Harbour Board met on Monday. Lena Ortiz skipped the press conference to inspect the lighthouse. ${filler(2)}` }),
      buildArticle({ id: 'c', text: `The Harbour Board met on Monday. ${filler(3)}` }),
      buildArticle({ id: 'd', text: `The Harbour Board met on Monday. ${filler(4)}` }),
    ]);
    // the two sentences share one thing, a press conference, and tell different things of it: no fact to leave out
    expect(r.facts.filter((f) => f.kind === 'statement' && /dredging|lighthouse/u.test(f.text))).toEqual([]);
    expect(r.omissions.c!.filter((o) => /dredging|lighthouse/u.test(o.text))).toEqual([]);
  });

  it('rates words near in meaning above unrelated ones', async () => {
    const { featureOfWord, featureSimilarity, prepare } = await import('./features');
    prepare([buildArticle({ id: 'w', text: 'They dismissed and rejected the plan and the proposal, then ate a banana.' })]);
    const f = (w: string) => featureOfWord(w);
    expect(featureSimilarity(f('proposal'), f('plan'))).toBeGreaterThan(0.6);
    expect(featureSimilarity(f('rejected'), f('dismissed'))).toBeGreaterThan(0.6);
    expect(featureSimilarity(f('proposal'), f('banana'))).toBeLessThan(0.3);
  });
});

describe('what is said of a person beside the name', () => {
  const set = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `a${i}`, text: `Harbour news\n\n${text} Quell thanked the crews.` })));
  // a description fact is cut from its sentence: "Name, the …", or "Name has …" for "Name, who has …"; other statements
  // are whole sentences
  const described = (c: ReturnType<typeof set>) =>
    c.facts.filter((f) => f.kind === 'statement' && !c.articles.some((a) => a.sentences.some((s) => s.text.trim() === f.text)));

  it('is a fact of its own, told in parts where the description joins several', () => {
    const c = set([
      'Mara Quell, the first woman to lead the port authority and a former harbour pilot, retired on Friday after twelve years in the post.',
      'Mara Quell, a former harbour pilot who became the first woman to lead the port authority, retired on Friday after twelve years.',
      'Port authority chief Mara Quell retired on Friday after twelve years in the post.',
    ]);
    const pilot = described(c).find((f) => f.text === 'Mara Quell, a former harbour pilot')!;
    const first = described(c).find((f) => f.text.endsWith('the first woman to lead the port authority'))!;
    expect(pilot.presentIn.sort()).toEqual(['a0', 'a1']);
    expect(first.presentIn.sort()).toEqual(['a0', 'a1']);
    // the third names her office but not the rank: it leaves both out
    expect(c.articles[2]!.omissions.map((o) => o.text)).toEqual(expect.arrayContaining([pilot.text, first.text]));
  });

  it('is one fact with the statement it sits in, where every article that tells the one tells the other', () => {
    const c = set([
      'Mara Quell, the head of the port authority and a former harbour pilot, said the new cranes would double the cargo handled by the docks.',
      'Mara Quell, the head of the port authority and a former harbour pilot, said on Friday the new cranes would double the cargo at the docks.',
      'The new cranes arrived at the docks on Friday after a long delay at sea.',
    ]);
    expect(described(c)).toEqual([]);
    const third = c.articles[2]!.omissions.filter((o) => o.text.includes('Mara Quell'));
    expect(third).toHaveLength(1);
    expect(third[0]!.text).toMatch(/former harbour pilot, said/u);
  });

  it('is carried only where what the person did is said too, in its word or one near in meaning', () => {
    const c = set([
      'Mara Quell, who has long denied claims of bribery at the port, opened the new cargo terminal on Friday.',
      'Mara Quell has long rejected claims of bribery at the port. She opened a new terminal for container ships this week.',
      'Mara Quell opened the new cargo terminal on Friday. Her critics repeated their bribery claims about the port at the ceremony.',
    ]);
    // a relative clause reads as the clause it is, never a name and a fragment
    const denied = described(c).find((f) => f.text === 'Mara Quell has long denied claims of bribery at the port.')!;
    // "rejected" says what "denied" says; the third speaks of her, the claims and the port, but not of her denying them
    // (taken for a carrier, it would join the description to the sentence it sits in, which all three tell)
    expect(denied.presentIn.sort()).toEqual(['a0', 'a1']);
    expect(denied.partialIn).toEqual(['a2']);
  });

  it('reads a relative clause as a clause, and a noun phrase beside the name as written', async () => {
    const { descriptionText } = await import('./facts-descriptions');
    expect(descriptionText('Mara Quell', 'who has long denied claims of bribery')).toBe('Mara Quell has long denied claims of bribery.');
    expect(descriptionText('the harbour master', 'who retired in May')).toBe('The harbour master retired in May.');
    expect(descriptionText('Tomas Lee', 'whose office declined to comment')).toBe('Tomas Lee’s office declined to comment.');
    expect(descriptionText('Dana Jones', 'whose office declined to comment')).toBe('Dana Jones’ office declined to comment.');
    expect(descriptionText('Mara Quell', 'a former harbour pilot')).toBe('Mara Quell, a former harbour pilot');
  });

  it('is not taken from a list of names, where it is said of them all', () => {
    const c = set([
      'The mayor and Mara Quell, who both opposed the harbour expansion plan, voted against it on Monday evening. Quell left early.',
      'The mayor and Mara Quell, who both opposed the harbour expansion plan, voted against it on Monday. Quell left early.',
    ]);
    expect(described(c)).toEqual([]);
  });
});

describe('a statement in a speaker’s words', () => {
  it('is known by the share of its letters inside quotation marks, a quote left open running to the end', async () => {
    const { quotedShare } = await import('./facts-statements');
    expect(quotedShare('“We will keep every crew on the water,” the mayor said.')).toBeGreaterThan(0.6);
    expect(quotedShare('"We will keep every crew on the water," the mayor said.')).toBeGreaterThan(0.6);
    expect(quotedShare('The mayor said the city would keep every crew on the water.')).toBe(0);
    expect(quotedShare('The mayor called the plan “reckless” on Monday.')).toBeLessThan(0.3);
    expect(quotedShare('“We will keep every crew on the water and in the harbour')).toBe(1);
  });
});

describe('two quotes of one speaker side by side', () => {
  it('are not one statement for sharing a word: a quote is told by most of its own words', () => {
    const body = (x: string) => `Bridge news\n\nThe mayor Mara Quell spoke at the town hall on Monday. ${x} The council will vote in June.`;
    const c = analyze(
      [
        body('"We will either get a good bridge or we will get no bridge at all," Quell told reporters.'),
        body('"I really think there is a lot of good will in this town," Quell told reporters.'),
        body('Residents asked about parking near the market.'),
      ].map((text, i) => ({ id: `a${i}`, text })),
    );
    const bridge = c.facts.find((f) => f.kind === 'statement' && f.text.includes('no bridge at all'))!;
    expect(bridge.presentIn).toEqual(['a0']);
    expect(bridge.partialIn).toContain('a1');
  });
});

describe('a remark from inside a longer quote', () => {
  const quote = '“We will see. It won’t be easy for the board to reopen the quay. The board will pay for every delay,” Dana Brandt said.';
  const carriers = async (others: string[], refind = '') => {
    const { remarksByTheirWords } = await import('./facts-quotes');
    const articles = [`Dana Brandt spoke at the harbour on Monday. ${quote}`, ...others, ...(refind ? [refind] : [])].map((text, i) => buildArticle({ id: `a${i}`, text }));
    const { alignment, table } = await factTable(articles);
    const source = alignment.prepared[0]!.find((s) => s.sentence.text.startsWith('It won'))!;
    const d = table.carry('s', 'statement', source, () => source.sentence.text.trim());
    // as the statement matcher aligned them: each other article's last sentence
    others.forEach((_, k) => table.add(d, alignment.prepared[k + 1]!.at(-1)!));
    remarksByTheirWords(table, articles, alignment);
    return d.fact.presentIn;
  };

  it('is not carried by a sentence that repeats another sentence of the quote rather than its own words', async () => {
    expect(
      await carriers([
        '“It won’t be easy to reopen the quay,” Brandt said on Monday.',
        '“They will pay for every single delay at the quay,” Brandt said on Monday.',
        // the statement matcher's word: nothing of the quote recurs here, so nothing says it is another remark
        'Asked by reporters on Monday, Brandt said the ferry timetable would change.',
      ]),
    ).toEqual(['a0', 'a1', 'a3']);
  });

  it('is carried by an article the statement missed where the speaker’s quoted words repeat it', async () => {
    expect(await carriers([], 'Ferries ran late on Monday. Dana Brandt spoke at the harbour. “It won’t be easy to reopen the quay,” she said.')).toEqual(['a0', 'a1']);
    expect(await carriers([], 'Ferries ran late on Monday. Tomas Lee spoke at the harbour. “It won’t be easy to reopen the quay,” he said.')).toEqual(['a0']);
  });
});

describe('one fact per paraphrase', () => {
  const run = async (third: string, text0 = 'The meeting marked the first talks between Dana Brandt and Lena Ortiz since March and came after weeks of tension over ferry fares.', text1 = 'The last time Brandt and Ortiz met was in March, days before the harbour vote. This marks their first talks since the harbour vote.') => {
    const { oneStatementPerParaphrase } = await import('./facts');
    const articles = [
      buildArticle({ id: 'a0', text: text0 }),
      buildArticle({ id: 'a1', text: text1 }),
      buildArticle({ id: 'a2', text: third }),
    ];
    const { alignment, table, at } = await factTable(articles);
    const first = table.carry('x', 'statement', at(0, 0), () => at(0, 0).sentence.text);
    table.add(first, at(1, 1));
    (first.partial = new Set()).add('a2');
    const last = table.carry('y', 'statement', at(1, 0), () => at(1, 0).sentence.text);
    table.add(last, at(2, 0));
    // a statement's words are those its two carrying sentences share, as for an aligned pair
    for (const d of table.details) {
      const [x, y] = Object.entries(d.fact.sentences).map(([id, i]) => at(Number(id.slice(1)), i).features);
      d.stems = x!.filter((f) => y!.includes(f));
    }
    oneStatementPerParaphrase(table, alignment);
    return { table, first, last };
  };

  it('makes two statements one fact where their own sentences in two articles say the same thing and share a date', async () => {
    const { table, first } = await run('This meeting marks the first talks between Brandt and Ortiz since March, when they discussed ferry fares.');
    expect(table.details).toEqual([first]);
    expect(first.fact.presentIn).toEqual(['a0', 'a1', 'a2']);
  });

  it('finds the same thing said in one clause of a sentence that says two', async () => {
    const { table, first } = await run(
      'The council accuses the Harbour Board of costly delays to the new quay, the fish market, the ferry terminal and the coastal road, while islanders object to the curbs on night sailings and cargo permits.',
      'Harbour Board limits on night sailings and cargo permits have angered the islanders.',
      'The council blames the Harbour Board for the delays, while the islanders resent its limits on night sailings and cargo permits. Limits on night sailings and cargo permits have angered the islanders.',
    );
    expect(table.details).toEqual([first]);
    expect(first.fact.presentIn).toEqual(['a0', 'a1', 'a2']);
  });

  it('ties a sentence that says two things to the one the other sentence tells, not to both', async () => {
    const { table, last } = await run(
      'Brandt and Ortiz last talked in March, and the board reached deals with three ferry firms to keep night sailings going.',
      undefined,
      'The board reached deals with three ferry firms to keep night sailings going. This marks their first talks since the harbour vote.',
    );
    expect(table.details).toHaveLength(2);
    expect(last.partial?.has('a0') ?? false).toBe(false);
  });

  it('keeps them apart where the sentences share no date and no uncommon words', async () => {
    const { table, last } = await run('Brandt and Ortiz last met on the day the harbour vote was held.');
    expect(table.details).toHaveLength(2);
    expect(last.partial?.has('a0') ?? false).toBe(false);
  });
});

describe('a statement in a speaker’s words another article quotes in part', () => {
  it('is told in part by a run of its quoted words in another quote', async () => {
    const { quotedInPart } = await import('./facts');
    const shown = '"This was an act of open contempt: a board that sold the north pier to a rival port behind the backs of the islanders," Dana Brandt said.';
    const articles = [shown, 'Dana Brandt was blunt. "This was an act of open contempt."', 'Dana Brandt said the board had been "unfair" to islanders.'].map((text, i) => buildArticle({ id: `a${i}`, text }));
    const { alignment, table } = await factTable(articles);
    const d = table.carry('s', 'statement', alignment.prepared[0]![0]!, () => shown);
    quotedInPart(table, articles);
    expect([...(d.partial ?? [])]).toEqual(['a1']);
  });
});
