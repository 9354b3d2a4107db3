import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/index';
import type { Comparison } from '../engine/types';
import { csvField, renderCsv } from './csv';
import { escapeHtml, renderHtml } from './html';
import { renderJson, SCHEMA_VERSION } from './json';
import { renderMarkdown } from './markdown';
import type { ReportArticle, ReportInput } from './model';
import { CATEGORIES } from './vocabulary';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(2)>';
const HOSTILE_TITLE = `Markets ${SCRIPT} react`;
const HOSTILE_TEXT = `${HOSTILE_TITLE}\n\nOfficials said tariffs fell to 30% ${IMG} on Monday, a massive change.\n\nTrade talks resume in May & June | both sides agree.`;
const PLAIN_TEXT = `=HYPERLINK("http://example.com","x")\n\nTariffs fell to 30% on Monday, officials said.\n\nA second round of talks is set for June in Geneva.`;

const articles: ReportArticle[] = [
  { id: 'aaaaaaaaaaaa', file: '/data/hostile.txt', name: `hostile ${IMG}.txt`, title: HOSTILE_TITLE, text: HOSTILE_TEXT, wordCount: 0 },
  { id: 'bbbbbbbbbbbb', file: '/data/plain.txt', name: 'plain, "quoted".txt', title: '=HYPERLINK("http://example.com","x")', text: PLAIN_TEXT, wordCount: 0 },
];

/** A comparison of the two articles above, with facts, an omission and a contradiction set by hand. */
function input(): ReportInput {
  const base = analyze(articles.map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.file })));
  const scriptAt = HOSTILE_TEXT.indexOf(SCRIPT);
  const imgAt = HOSTILE_TEXT.indexOf(IMG);
  const [a, b] = base.articles;
  const facts: Comparison['facts'] = [
    { id: 'f1', kind: 'number', text: 'tariffs fell to 30%, "for now"', presentIn: [a!.id, b!.id], sentences: { [a!.id]: 1, [b!.id]: 1 }, value: '30%' },
    { id: 'f2', kind: 'statement', text: 'talks set for June | in Geneva <b>', presentIn: [b!.id], sentences: { [b!.id]: 2 } },
    { id: 'f3', kind: 'statement', text: '=cmd|\' /C calc\'!A0', presentIn: [a!.id], sentences: { [a!.id]: 2 } },
  ];
  const comparison: Comparison = {
    ...base,
    articles: [
      {
        ...a!,
        highlights: [
          { start: scriptAt, end: scriptAt + SCRIPT.length, text: SCRIPT, category: 'loaded', reason: `Loaded: ${IMG}` },
          { start: imgAt, end: imgAt + IMG.length, text: IMG, category: 'emphasis', reason: 'Shouting', quoted: { speaker: 'x' } },
        ],
        omissions: [{ factId: 'f2', kind: 'statement', text: facts[1]!.text, presentIn: [b!.id], anchor: { afterSentence: 0 } }],
        coverage: 2 / 3,
      },
      { ...b!, highlights: [], omissions: [], coverage: 2 / 3 },
    ],
    facts,
    contradictions: [
      {
        id: 'c1',
        kind: 'number',
        subject: `tariff level ${SCRIPT}`,
        reason: 'aaaaaaaaaaaa writes 30%; bbbbbbbbbbbb writes 25%',
        values: [
          { articleId: a!.id, text: `30% ${IMG}`, sentence: 1, side: 0 },
          { articleId: b!.id, text: '25%', sentence: 1, side: 1 },
        ],
      },
    ],
    coverage: { factIds: ['f1', 'f2', 'f3'], articleIds: [a!.id, b!.id], matrix: [[true, true], [false, true], [true, false]] },
  };
  return {
    comparison,
    articles: articles.map((x, i) => ({ ...x, wordCount: comparison.articles[i]!.wordCount })),
    errors: [{ file: `/data/${SCRIPT}.txt`, message: 'the file is empty' }],
    generatedAt: '2026-11-21T05:00:00.000Z',
  };
}

describe('HTML report', () => {
  const html = renderHtml(input());
  const doc = new JSDOM(html).window.document;

  it('escapes every piece of article text: no element or attribute comes from an article', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/<img/iu);
    expect(html).not.toMatch(/<b>/u);
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link, base, form, input').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
    // The text still reads as written.
    const column = doc.getElementById('article-aaaaaaaaaaaa')!;
    expect(column.textContent).toContain(SCRIPT);
    expect(column.textContent).toContain(IMG);
    expect(column.querySelector('.file')!.textContent).toBe('Hostile "><img Src=x Onerror=alert(2)>');
    expect(column.querySelector('.meta')!.textContent).toBe(`hostile ${IMG}.txt`);
    expect(doc.querySelector('.errors')!.textContent).toContain(`/data/${SCRIPT}.txt`);
    expect(doc.querySelector('.contradiction')!.textContent).toContain(`tariff level ${SCRIPT}`);
  });

  it('is self-contained and script-free: inline CSS and SVG, no URLs to load, a policy that forbids both', () => {
    expect(doc.querySelectorAll('[src], [href], [srcset], [action], [xlink\\:href], [data]').length).toBe(0);
    expect(html).not.toMatch(/url\(|@import/iu);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(doc.querySelector('style')!.textContent).toContain('@media print');
    expect(doc.querySelectorAll('svg.chart').length).toBe(2);
    expect(doc.querySelectorAll('svg').length).toBe(2 + 2);
  });

  it('shows the columns with their marks, the legend, omissions, contradictions, coverage and sentiment', () => {
    expect([...doc.querySelectorAll('article.column')].map((c) => c.id)).toEqual(['article-aaaaaaaaaaaa', 'article-bbbbbbbbbbbb']);
    const marks = [...doc.querySelectorAll('#article-aaaaaaaaaaaa mark')];
    expect(marks.map((m) => [m.textContent, m.className])).toEqual([
      [SCRIPT, 'm m-loaded'],
      [IMG, 'm m-emphasis q'],
    ]);
    expect(marks[0]!.getAttribute('title')).toBe(`Loaded: ${IMG}`);
    expect([...doc.querySelectorAll('.legend li mark')].map((m) => m.textContent)).toEqual([...CATEGORIES.map((c) => c.label), 'Dotted box']);
    // The omission sits in the column of the article that leaves it out, after its first sentence.
    const omission = doc.querySelector('#article-aaaaaaaaaaaa .omission')!;
    expect(omission.textContent).toContain('talks set for June | in Geneva <b>');
    expect(omission.textContent).toContain('told by Plain, "quoted"');
    expect(doc.querySelectorAll('#article-bbbbbbbbbbbb .omission').length).toBe(0);
    // Coverage: one row per fact, a tick where the article carries it.
    const rows = [...doc.querySelectorAll('table.matrix tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.className));
    expect(rows).toEqual([['on', 'on'], ['off', 'on'], ['on', 'off']]);
    expect(doc.querySelectorAll('.contradiction li').length).toBe(2);
    // The engine names articles by id; the report by their number.
    expect(doc.querySelector('.contradiction p')!.textContent).toBe('Hostile "><img Src=x Onerror=alert(2)> writes 30%; Plain, "quoted" writes 25%');
    // The overview names both outlets and says what each alone reports.
    const overview = doc.querySelector('.overview')!;
    expect([...overview.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Hostile "><img Src=x Onerror=alert(2)>', 'Plain, "quoted"']);
    expect(overview.querySelector('[data-kind="only"]')!.textContent).toContain('Alone in reporting');
    expect(doc.body.textContent).not.toMatch(/aaaaaaaaaaaa|bbbbbbbbbbbb/u);
    const figures = doc.querySelector('.figures-table tbody tr')!.textContent!;
    expect(figures).toContain(String(input().comparison.articles[0]!.wordCount));
    expect(doc.querySelector('#sentiment-chart-title')).not.toBeNull();
    // Each column carries its sentence-sentiment strip, as in the app.
    const strips = [...doc.querySelectorAll('article.column svg.strip')];
    expect(strips).toHaveLength(2);
    expect(strips[0]!.querySelectorAll('rect').length).toBe(input().comparison.articles[0]!.sentences.length);
    expect(strips[0]!.getAttribute('aria-label')).toMatch(/^Sentence sentiment along Hostile "><img Src=x Onerror=alert\(2\)>: \d+ positive, \d+ negative, \d+ neutral sentences$/u);
  });
});

describe('a report of the categories the reader has on', () => {
  const shown: ReportInput = { ...input(), categories: ['emphasis'] };

  it('HTML shows only their marks, and says which are left out', () => {
    const doc = new JSDOM(renderHtml(shown)).window.document;
    expect([...doc.querySelectorAll('article.column mark')].map((m) => m.className)).toEqual(['m m-emphasis q']);
    expect([...doc.querySelectorAll('.legend li mark')].map((m) => m.textContent)).toEqual(['Emphasis', 'Dotted box']);
    expect(doc.querySelector('.legend li.off')!.textContent).toBe(
      'Not shown in this report (switched off when it was made): Loaded words, Intensifiers, Hedges, Attribution verbs, Actor labels, Headline hype',
    );
  });

  it('Markdown too; JSON keeps every mark', () => {
    const md = renderMarkdown(shown);
    expect(md).toContain('Framing marks not shown (switched off when this was made): Loaded words, Intensifiers,');
    expect(md).not.toContain('  - Loaded words (');
    expect(md).toContain('  - Emphasis (1): ');
    expect(JSON.parse(renderJson(shown)).articles[0].highlights).toHaveLength(2);
  });
});

describe('Markdown report', () => {
  const md = renderMarkdown(input());

  it('summarises each article: sentiment, marks by category, what it leaves out', () => {
    expect(md).toMatch(/^# Parallax comparison report\n/u);
    expect(md).toContain('### 1. Hostile "\\>\\<img Src=x Onerror=alert(2)\\>: Markets \\<script\\>alert(1)\\</script\\> react');
    expect(md).toMatch(/- Sentiment: (positive|negative|neutral) \(score [+-]?\d+, [+-]?\d\.\d{3} per word\)/u);
    expect(md).toContain('  - Loaded words (1): “\\<script\\>alert(1)\\</script\\>”');
    expect(md).toContain('(number): Hostile "\\>\\<img Src=x Onerror=alert(2)\\> writes 30%; Plain, "quoted" writes 25%');
    expect(md).toContain('## How they differ\n\n### Hostile');
    expect(md).not.toMatch(/aaaaaaaaaaaa|bbbbbbbbbbbb/u);
    expect(md).toContain('- Leaves out 1 fact that others report:\n  - talks set for June \\| in Geneva \\<b\\> (told by Plain, "quoted")');
  });

  it('never lets article text become HTML or break the coverage table', () => {
    expect(md).not.toMatch(/(?<!\\)<(?:script|img|b)/u);
    const table = md.split('\n').filter((line) => line.startsWith('| '));
    expect(table).toHaveLength(2 + 3);
    // Every row has the same number of unescaped cell separators as the header.
    const cells = (line: string) => line.split(/(?<!\\)\|/u).length;
    for (const line of table) expect(cells(line)).toBe(cells(table[0]!));
    expect(table[2]).toBe('| tariffs fell to 30%, "for now" | ✓ | ✓ |');
    expect(table[3]).toBe('| talks set for June \\| in Geneva \\<b\\> | — | ✓ |');
  });
});

describe('JSON report', () => {
  const json = JSON.parse(renderJson(input()));

  it('carries a schemaVersion and the fields the issue lists', () => {
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(2);
    expect(json.articles).toHaveLength(2);
    const [a] = json.articles;
    expect(a).toMatchObject({ id: 'aaaaaaaaaaaa', file: '/data/hostile.txt', title: HOSTILE_TITLE, wordCount: expect.any(Number) });
    expect(a.sentiment).toEqual({ score: expect.any(Number), comparative: expect.any(Number) });
    for (const h of a.highlights) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'category', 'reason']));
      expect(a.text.slice(h.start, h.end)).toBe(h.text);
    }
    for (const actor of a.actors) {
      expect(Object.keys(actor)).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'labels', 'aliases', 'mentions']));
      for (const m of actor.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(a.omissions).toEqual([{ factId: 'f2', kind: 'statement', text: 'talks set for June | in Geneva <b>', presentIn: ['bbbbbbbbbbbb'], anchor: { afterSentence: 0 } }]);
    expect(json.facts.map((f: { id: string; text: string; presentIn: string[] }) => [f.id, f.presentIn])).toEqual([
      ['f1', ['aaaaaaaaaaaa', 'bbbbbbbbbbbb']],
      ['f2', ['bbbbbbbbbbbb']],
      ['f3', ['aaaaaaaaaaaa']],
    ]);
    expect(json.contradictions[0]).toMatchObject({ id: 'c1', kind: 'number', values: [{ articleId: 'aaaaaaaaaaaa' }, { articleId: 'bbbbbbbbbbbb' }] });
    expect(json.errors).toEqual([{ file: `/data/${SCRIPT}.txt`, message: 'the file is empty' }]);
    expect(json.coverage.matrix).toEqual([[true, true], [false, true], [true, false]]);
  });

  it('leaves out the per-sentence tokens', () => {
    expect(json.articles[0]).not.toHaveProperty('sentences');
  });
});

/** A small RFC 4180 reader, for checking what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV report', () => {
  it('quotes fields as RFC 4180 says and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField(-1)).toBe('-1');
  });

  it('is the facts × articles matrix, one row per fact, with CRLF line ends', () => {
    const csv = renderCsv(input());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/gu, '')).not.toContain('\n');
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([
      'fact_id',
      'kind',
      'fact',
      'told_by',
      `Hostile "><img Src=x Onerror=alert(2)>: ${HOSTILE_TITLE} (hostile ${IMG}.txt)`,
      `Plain, "quoted": =HYPERLINK("http://example.com","x") (plain, "quoted".txt)`,
      'in_part_by',
      'left_out_by',
    ]);
    expect(rows.slice(1)).toEqual([
      ['f1', 'number', 'tariffs fell to 30%, "for now"', '2', '1', '1', '', ''],
      ['f2', 'statement', 'talks set for June | in Geneva <b>', '1', '0', '1', '', ''],
      ['f3', 'statement', "'=cmd|' /C calc'!A0", '1', '1', '0', '', ''],
    ]);
  });
});

describe('a name the reader gave an article', () => {
  const renamed = (): ReportInput => {
    const base = input();
    return { ...base, articles: base.articles.map((a, i) => (i === 0 ? { ...a, label: 'Harbour Gazette' } : a)) };
  };
  const OLD = 'Hostile "><img Src=x Onerror=alert(2)>';

  it('names the article in the HTML report: header, overview, omissions and contradictions', () => {
    const html = renderHtml(renamed());
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('#article-aaaaaaaaaaaa .file')!.textContent).toBe('Harbour Gazette');
    expect(doc.querySelector('.contradiction')!.textContent).toContain('Harbour Gazette writes 30%');
    expect(doc.querySelector('section.comparison')!.textContent).toContain('Harbour Gazette');
    expect(doc.body.textContent).not.toContain(OLD);
  });

  it('names it in Markdown, JSON and CSV', () => {
    const md = renderMarkdown(renamed());
    expect(md).toContain('Harbour Gazette writes 30%');
    expect(md).toMatch(/### 1\. Harbour Gazette: /u);
    expect(md).not.toContain('Hostile');
    const json = JSON.parse(renderJson(renamed()));
    expect(json.articles.map((a: { outlet: string }) => a.outlet)).toEqual(['Harbour Gazette', 'Plain, "quoted"']);
    expect(readCsv(renderCsv(renamed()))[0]![4]).toBe(`Harbour Gazette: ${HOSTILE_TITLE} (hostile ${IMG}.txt)`);
  });
});

describe('a fact no article is said to leave out, though enough others carry it', () => {
  const uncounted = (): ReportInput => {
    const base = input();
    const [a, b] = base.comparison.articles;
    const facts: Comparison['facts'] = [{ ...base.comparison.facts[0]!, presentIn: [a!.id], sentences: { [a!.id]: 0 }, uncounted: 'headline' }];
    const omissions = [{ ...a!.omissions[0]!, covers: ['f9'] }];
    return {
      ...base,
      comparison: { ...base.comparison, articles: [{ ...a!, omissions }, b!], facts, coverage: { factIds: ['f1'], articleIds: [a!.id, b!.id], matrix: [[true, false]] } },
    };
  };

  it('says why beside the fact in the matrix of each format, and the key names every reason a cell is blank', () => {
    const md = renderMarkdown(uncounted());
    expect(md).toContain('| tariffs fell to 30%, "for now" *(only headlines carry it)* | ✓ | — |');
    expect(md).toContain('— not called left out: too few others carry it, only headlines do, or they share little more than names');
    const doc = new JSDOM(renderHtml(uncounted())).window.document;
    expect(doc.querySelector('table.matrix tbody th .note')!.textContent).toBe('(only headlines carry it)');
    expect(doc.querySelector('p.key')!.textContent).toContain('blank: not called left out: too few others carry it');
  });

  it('lists the facts a box stands for beside it, in Markdown and HTML', () => {
    const base = input();
    const [a, b] = base.comparison.articles;
    const shown: ReportInput = { ...base, comparison: { ...base.comparison, articles: [{ ...a!, omissions: [{ ...a!.omissions[0]!, covers: ['f3'] }] }, b!] } };
    expect(renderMarkdown(shown)).toMatch(/\n {4}- also left out with it: “=cmd/u);
    const doc = new JSDOM(renderHtml(shown)).window.document;
    expect(doc.querySelector('table.list .also')!.textContent).toBe(`also left out with it: “=cmd|' /C calc'!A0”`);
  });

  it('JSON gives the facts a box stands for', () => {
    expect(JSON.parse(renderJson(uncounted())).articles[0].omissions[0].covers).toEqual(['f9']);
  });
});

describe('a fact one article says and another tells in part', () => {
  const filler = (k: number) => `Residents of ward ${k} asked about buses, parks and libraries at the hearing.`;
  const texts = [
    `Dana Brandt of Kellen Bay: “The hearing on buses and parks was long, and the libraries were asked about too.” ${filler(1)}`,
    `${filler(2)} The ferry fares rise in May.`,
    'Shops on the quay stayed open late on Tuesday. Dana Brandt of Kellen Bay spoke after the hearing.',
    'Shops on the quay stayed open late on Tuesday. Dana Brandt of Kellen Bay said the lengthy hearing dealt with coaches and parks, and libraries came up too.',
  ];
  const set: ReportArticle[] = texts.map((text, i) => ({ id: `a${i}`, file: `/data/${'abcd'[i]}.txt`, name: `${'abcd'[i]}.txt`, title: '', text, wordCount: 0 }));
  const comparison = analyze(set.map((a) => ({ id: a.id, text: a.text, file: a.file })));
  const report: ReportInput = { comparison, articles: set, errors: [], generatedAt: '2026-11-21T05:00:00.000Z' };

  it('names who tells it in part beside who carries it, in Markdown, HTML, JSON and CSV', () => {
    const box = comparison.articles[1]!.omissions.find((o) => /hearing on buses and parks was long/u.test(o.text))!;
    expect(box.presentIn).toEqual(['a0']);
    expect(box.partialIn).toEqual(['a3']);
    expect(renderMarkdown(report)).toMatch(/hearing on buses and parks was long.* \(told by A; in part D\)/u);
    const doc = new JSDOM(renderHtml(report)).window.document;
    const row = [...doc.querySelectorAll('table.list tbody tr')].find((tr) => /hearing on buses and parks was long/u.test(tr.textContent ?? ''))!;
    expect(row.lastElementChild!.textContent).toBe('A; in part D');
    const json = JSON.parse(renderJson(report));
    expect(json.articles[1].omissions.find((o: { factId: string }) => o.factId === box.factId).partialIn).toEqual(['a3']);
    // the matrix row: carried by A, told in part by D, left out by B and by C (who names her, not what she said)
    const csv = readCsv(renderCsv(report));
    const line = csv.find((r) => r[0] === box.factId)!;
    expect(line.slice(3)).toEqual(['1', '1', '0', '0', '0', 'D', 'B; C']);
    const fact = comparison.facts.find((f) => f.id === box.factId)!;
    expect(fact.omittedBy).toEqual(['a1', 'a2']);
  });
});
