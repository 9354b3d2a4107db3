import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';

const seedDir = new URL('../seeds/', import.meta.url);
const seed = (prefix: string) => {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix))!;
  return buildArticle({ id: prefix, text: readFileSync(new URL(file, seedDir), 'utf8') });
};
const fixture = (story: string, side: string) => {
  const dir = new URL('./fixtures/allsides-2021/', import.meta.url);
  const folder = readdirSync(dir).find((f) => f.startsWith(story))!;
  return buildArticle({ id: side, text: readFileSync(new URL(`${folder}/${side}.txt`, dir), 'utf8') });
};

describe('actors', () => {
  it('merges Xi, President Xi, Xi Jinping and Chinese leader Xi Jinping into one actor', () => {
    const a = seed('000');
    const xi = a.actors.filter((x) => x.name.startsWith('Xi'));
    expect(xi).toHaveLength(1);
    expect(xi[0]).toMatchObject({ id: 'xi-jinping', name: 'Xi Jinping', kind: 'person' });
    expect(xi[0]!.labels).toEqual(expect.arrayContaining(['Chinese leader', 'President', 'Chinese President']));
    expect(xi[0]!.aliases).toEqual(expect.arrayContaining(['Xi', 'Xi Jinping', 'XI']));
  });

  it('merges the U.S., United States, America and USA into one country', () => {
    const a = seed('000');
    const us = a.actors.filter((x) => x.id === 'united-states');
    expect(us).toHaveLength(1);
    expect(us[0]!.kind).toBe('country');
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(['U.S.', 'United States', 'America', 'USA']));
    expect(a.actors.some((x) => x.name === 'USA' || x.name === 'America')).toBe(false);
  });

  it('keeps ids stable across articles and reads descriptors', () => {
    const ids = ['000', '001', '002', '003', '004'].map((p) => new Set(seed(p).actors.map((x) => x.id)));
    for (const set of ids) expect(set.has('donald-trump') && set.has('xi-jinping') && set.has('china')).toBe(true);
    expect(seed('002').actors.find((x) => x.id === 'donald-trump')!.labels).toContain('former President');
    const bessent = seed('001').actors.find((x) => x.id === 'scott-bessent')!;
    expect(bessent).toMatchObject({ kind: 'person', labels: ['Treasury Secretary'] });
    expect(seed('004').actors.find((x) => x.id === 'jamieson-greer')!.labels).toEqual(['U.S. Trade Representative']);
  });

  it('tells people from countries, organisations and capitalised words that are not names', () => {
    const a = seed('000');
    const names = a.actors.map((x) => x.name);
    expect(names).not.toContain('Future');
    expect(names).not.toContain('First Lady');
    expect(names).not.toContain('Key Takeaways');
    expect(a.actors.find((x) => x.name === 'China')?.kind).toBe('country');
    expect(seed('003').actors.find((x) => x.name === 'White House')?.kind).toBe('organisation');
  });

  it('mentions slice back to the text and sentiment comes from the sentences that mention the actor', () => {
    const a = seed('002');
    for (const actor of a.actors) {
      for (const m of actor.mentions) {
        expect(a.sentences[m.sentence]!.start).toBeLessThanOrEqual(m.start);
        expect(a.sentences[m.sentence]!.text).toContain(m.text);
      }
      const sentences = [...new Set(actor.mentions.map((m) => m.sentence))];
      expect(actor.sentiment.score).toBe(sentences.reduce((n, i) => n + a.sentences[i]!.sentiment.score, 0));
    }
  });

  it('resolves quote speakers, including "he" to the subject of the sentence before', () => {
    const q = seed('002').quotes.find((x) => x.text.startsWith('I like President Xi'))!;
    expect(q).toMatchObject({ speakerName: 'He', speaker: 'donald-trump' });
    expect(seed('004').quotes.find((x) => x.text === 'negative measures')?.speaker).toBe('xi-jinping');
    expect(seed('003').quotes.find((x) => x.text.startsWith('There should'))?.speaker).toBe('donald-trump');
  });

  it('works on other stories: titles, surnames and organisations', () => {
    const manchin = fixture('5610', 'right').actors.find((x) => x.id === 'joe-manchin')!;
    expect(manchin.labels).toContain('West Virginia Sen.');
    expect(manchin.aliases).toEqual(expect.arrayContaining(['Joe Manchin', 'Manchin']));
    expect(fixture('5612', 'left').actors.find((x) => x.id === 'dave-chappelle')?.labels).toEqual(['comedian']);
    expect(fixture('5616', 'right').actors.find((x) => x.id === 'food-and-drug-administration')?.kind).toBe('organisation');
    expect(fixture('5629', 'left').actors.find((x) => x.name === 'Merck & Co.')?.kind).toBe('organisation');
    expect(fixture('5608', 'center').actors.find((x) => x.id === 'colin-powell')?.kind).toBe('person');
    expect(fixture('5607', 'right').actors.map((x) => x.name)).toEqual(['Supreme Court']);
  });

  it('merges a name with and without its middle initial', () => {
    const a = buildArticle({ id: 'm', text: 'President Donald J. Trump spoke. Later, Donald Trump said more. Trump left.' });
    const trump = a.actors.filter((x) => x.kind === 'person');
    expect(trump.map((x) => [x.id, x.mentions.length])).toEqual([['donald-j-trump', 3]]);
  });

  it('reads descriptors written with then- and ex-, and lower-case titles', () => {
    const a = buildArticle({
      id: 'l',
      text: 'Then-President Barack Obama met ex-Treasury Secretary Larry Summers and Taiwanese foreign minister Joseph Wu.',
    });
    const labels = Object.fromEntries(a.actors.map((x) => [x.id, x.labels]));
    expect(labels['barack-obama']).toEqual(['Then-President']);
    expect(labels['larry-summers']).toEqual(['ex-Treasury Secretary']);
    expect(labels['joseph-wu']).toEqual(['Taiwanese foreign minister']);
  });

  it('keeps hyphenated names whole and makes named quote speakers people', () => {
    const tsai = fixture('5630', 'left').actors.find((x) => x.id === 'tsai-ing-wen');
    expect(tsai).toMatchObject({ name: 'Tsai Ing-wen', kind: 'person', labels: ['President'] });
    const a = fixture('5630', 'center');
    expect(a.actors.find((x) => x.id === 'tsai-ing-wen')?.aliases).toEqual(expect.arrayContaining(['Tsai', 'Tsai Ing-wen']));
    const quoted = buildArticle({ id: 'q', text: '“The market is tight,” said Daniel Zhao, an economist. Prices rose in the U.S.-China trade.' });
    expect(quoted.quotes[0]?.speaker).toBe('daniel-zhao');
    expect(quoted.actors.find((x) => x.id === 'daniel-zhao')?.kind).toBe('person');
    expect(quoted.actors.map((x) => x.id)).toEqual(expect.arrayContaining(['united-states', 'china']));
  });
});
