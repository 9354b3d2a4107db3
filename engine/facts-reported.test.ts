import { describe, expect, it } from 'vitest';
import { linkActors } from './actors';
import { buildArticle } from './article';
import { compare } from './compare';
import { reportsOf } from './facts-reported';

/** Articles a0, a1, … of the texts, with actors linked across them. */
function articlesOf(texts: string[]) {
  const articles = texts.map((text, i) => ({ ...buildArticle({ id: `a${i}`, text }), omissions: [], coverage: 0 }));
  linkActors(articles);
  return articles;
}

/** What the article reports each speaker said: speaker name and the clause's words. */
function reported(text: string): [string, string][] {
  const [a] = articlesOf([text]);
  return reportsOf(a!).map((r) => [
    a!.actors.find((x) => x.id === r.speaker)!.name,
    a!.sentences[r.sentence]!.tokens.slice(r.from, r.to).map((t) => t.raw).join(' '),
  ]);
}

describe('reported speech', () => {
  it('finds the clause a named speaker, he or she, or a name and "who" is said to have said', () => {
    expect(reported('Dana Brandt said the board would close the pier in May.')).toEqual([['Dana Brandt', 'the board would close the pier in May']]);
    expect(reported('The ferry crews met Lena Ortiz. She told the crews on Monday that the timetable would change.')).toEqual([['Lena Ortiz', 'the timetable would change']]);
    expect(reported('The plan pleased Dana Brandt, who said the harbour needed a second pier.')).toEqual([['Dana Brandt', 'the harbour needed a second pier']]);
    expect(reported('The harbour needs a second pier, Dana Brandt said.')).toEqual([['Dana Brandt', 'The harbour needs a second pier']]);
  });

  it('finds none where the verb is negated or gives a direct quote', () => {
    expect(reported('Dana Brandt did not say the board would close the pier.')).toEqual([]);
    expect(reported('Dana Brandt never said the board would close the pier.')).toEqual([]);
    expect(reported('The board would close the pier, Dana Brandt never said.')).toEqual([]);
    expect(reported('“We will close the pier,” Dana Brandt said after meeting the ferry crews at the harbour.')).toEqual([]);
  });
});

describe('a quote another article tells in reported speech', () => {
  const quote = '“We will not give the trawlers open season on the northern coast,” Dana Brandt said on Monday.';
  const filler = 'The ferry crews of Port Vantor met at the town hall. Tomas Lee asked about the timetable.';
  const leftOut = (texts: string[]) => {
    const r = compare(articlesOf(texts));
    const fact = r.facts.find((f) => /open season/u.test(f.text));
    return { fact, omitted: (id: string) => r.omissions[id]!.some((o) => o.factId === fact?.id) };
  };

  it('is carried by the article that says the speaker said it in its own words, so an article that leaves it out is marked', () => {
    const { fact, omitted } = leftOut([
      `${quote} ${filler}`,
      `Dana Brandt said the board would not give the trawlers free rein along the northern coast. ${filler}`,
      `${filler} Lena Ortiz praised the new ferry timetable.`,
    ]);
    expect(fact?.presentIn).toEqual(['a0', 'a1']);
    expect(omitted('a2')).toBe(true);
  });

  it('is not told by another remark of the same speaker on the same coast', () => {
    const { fact, omitted } = leftOut([
      `${quote} ${filler}`,
      `Dana Brandt said the northern coast would get a new lighthouse next year. ${filler}`,
      `${filler} Lena Ortiz praised the new ferry timetable.`,
    ]);
    expect(fact?.presentIn).toEqual(['a0']);
    expect(fact?.partialIn).toBeUndefined();
    expect(omitted('a1')).toBe(false);
  });

  it('is not told by the same words said by another speaker', () => {
    const { fact } = leftOut([
      `${quote} ${filler}`,
      `Lena Ortiz said the board would not give the trawlers free rein along the northern coast. ${filler}`,
      `${filler} Tomas Lee praised the new ferry timetable.`,
    ]);
    expect(fact?.presentIn).toEqual(['a0']);
  });

  it('is carried by what one sentence says the speaker said in two clauses', () => {
    const said = '“We will hire more harbour pilots. The night ferry will then run every hour,” Lena Ortiz said.';
    const r = compare(
      articlesOf([
        `${said} ${filler}`,
        `Lena Ortiz said the board would hire more harbour pilots; she added that the night ferry would run more often. ${filler}`,
        `${filler} Dana Brandt praised the new timetable.`,
      ]),
    );
    const facts = r.facts.filter((f) => /harbour pilots/u.test(f.text));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.presentIn).toEqual(['a0', 'a1']);
  });

  it('is told only in part where the figure differs', () => {
    const hire = '“We will hire 40 new pilots for the northern harbour this spring,” Dana Brandt said.';
    const r = compare(
      articlesOf([
        `${hire} ${filler}`,
        `Dana Brandt said the board would hire 25 new pilots for the northern harbour this spring. ${filler}`,
        `${filler} Lena Ortiz praised the new ferry timetable.`,
      ]),
    );
    const fact = r.facts.find((f) => f.kind === 'quote' && /pilots/u.test(f.text))!;
    expect(fact.presentIn).toEqual(['a0']);
    expect(fact.partialIn).toEqual(['a1']);
  });
});
