/**
 * The HTML report: one self-contained page (inline CSS and SVG, no scripts, no external resources)
 * with the articles side by side and their framing marks, the legend, the sentiment figures, the
 * omitted facts, the contradictions and the coverage matrix. Also the source of the PDF report.
 */
import type { ArticleAnalysis, Comparison, Highlight } from '../engine/types';
import { articleLabel, cellState, coveredTexts, pairArticles, reportNames, shownCategories, storiesOf, withShownMarks, type ReportArticle, type ReportInput } from './model';
import { withOutletNames } from './outlets';
import { buildOverview, OVERVIEW_KIND_LABEL, quoteMarks } from './overview';
import { CATEGORIES, NOT_CALLED_LEFT_OUT, sentenceTone, signed, TONE_COLOURS, toldBy, toneOf, uncountedNote, type Tone } from './vocabulary';

/** Text for HTML text and attribute values: the five characters HTML gives meaning to are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;

/**
 * The report carries its own policy: nothing may load and no script may run, so even a mistake in
 * escaping could not run an article's markup when the file is opened in a browser.
 */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The class a bar of each tone gets. */
const TONE_CLASS: Record<Tone, string> = { positive: 'pos', negative: 'neg', neutral: 'neu' };

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Paragraph HTML with the framing marks wrapped in <mark>; overlapping marks keep the first. */
function markedText(text: string, start: number, end: number, highlights: readonly Highlight[]): string {
  const inside = highlights
    .filter((h) => h.end > start && h.start < end && h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let cursor = start;
  for (const h of inside) {
    const from = Math.max(h.start, start);
    const to = Math.min(h.end, end);
    if (from < cursor) continue;
    html += e(text.slice(cursor, from));
    const quoted = h.quoted ? ' q' : '';
    const reason = h.quoted ? `${h.reason} (inside a quote: the speaker's words, not the outlet's)` : h.reason;
    html += `<mark class="m m-${e(h.category)}${quoted}" title="${e(reason)}">${e(text.slice(from, to))}</mark>`;
    cursor = to;
  }
  return html + e(text.slice(cursor, end));
}

/** The article's sentences as bands along its length, coloured by sentiment, as the app's strip. */
function sentimentStrip(analysis: ArticleAnalysis, length: number, label: string): string {
  const sentences = analysis.sentences;
  const positive = sentences.filter((x) => sentenceTone(x.sentiment.score) === 'positive').length;
  const negative = sentences.filter((x) => sentenceTone(x.sentiment.score) === 'negative').length;
  const bands = sentences
    .map((x) => {
      const cls = TONE_CLASS[sentenceTone(x.sentiment.score)];
      const opacity = x.sentiment.score === 0 ? 1 : Math.min(1, 0.35 + Math.abs(x.sentiment.score) / 6);
      return `<rect x="${x.start}" y="0" width="${Math.max(1, x.end - x.start)}" height="4" class="${cls}" fill-opacity="${opacity.toFixed(2)}"><title>Sentence ${x.index + 1}: sentiment ${x.sentiment.score}</title></rect>`;
    })
    .join('');
  const summary = `Sentence sentiment along ${label}: ${positive} positive, ${negative} negative, ${sentences.length - positive - negative} neutral sentences`;
  return `<svg class="strip" viewBox="0 0 ${Math.max(1, length)} 4" preserveAspectRatio="none" role="img" aria-label="${e(summary)}">${bands}</svg>`;
}

/** Index of the first paragraph (in text order) that ends at or after `offset`, or -1: a binary search. */
function firstEndingAtOrAfter(paragraphs: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < paragraphs.length ? lo : -1;
}

/**
 * The marks touching each paragraph, found in one pass over the marks in text order (a filter per
 * paragraph is paragraphs × marks, minutes for a long article).
 */
function marksByParagraph(paragraphs: readonly { start: number; end: number }[], highlights: readonly Highlight[]): Highlight[][] {
  const sorted = highlights.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Highlight[][] = [];
  let k = 0;
  let carried: Highlight[] = [];
  for (const para of paragraphs) {
    const inside = carried.filter((h) => h.end > para.start && h.start < para.end);
    while (k < sorted.length && sorted[k]!.start < para.end) {
      if (sorted[k]!.end > para.start) inside.push(sorted[k]!);
      k++;
    }
    out.push(inside);
    carried = inside.filter((h) => h.end > para.end);
  }
  return out;
}

function column(index: number, analysis: ArticleAnalysis, article: ReportArticle, labels: Map<string, string>, hasFacts: boolean): string {
  const text = article.text;
  const paragraphs = analysis.paragraphs.length ? analysis.paragraphs : [{ start: 0, end: text.length }];
  // Omissions go after the paragraph that holds the sentence they follow (-1: before the first).
  const notesAfter = new Map<number, string[]>();
  for (const o of analysis.omissions) {
    const sentence = analysis.sentences[o.anchor.afterSentence];
    const p = sentence ? firstEndingAtOrAfter(paragraphs, sentence.end) : -1;
    const key = sentence && p === -1 ? paragraphs.length - 1 : p;
    const by = toldBy(o, (id) => labels.get(id) ?? '?');
    const note =
      `<aside class="omission"><span class="tag">Left out</span> ${e(o.text)} ` +
      `<span class="by">(told by ${e(by)})</span></aside>`;
    notesAfter.set(key, [...(notesAfter.get(key) ?? []), note]);
  }
  const headline = analysis.headline;
  const body: string[] = [];
  if (!headline) body.push(`<h3 class="title">${e(articleLabel(article))}</h3>`);
  body.push(...(notesAfter.get(-1) ?? []));
  const marks = marksByParagraph(paragraphs, analysis.highlights);
  paragraphs.forEach((para, i) => {
    const inner = markedText(text, para.start, para.end, marks[i]!);
    const isHeadline = headline !== undefined && para.start <= headline.start && headline.start < para.end;
    body.push(isHeadline ? `<h3 class="title">${inner}</h3>` : `<p>${inner}</p>`);
    body.push(...(notesAfter.get(i) ?? []));
  });
  const meta = [article.author, article.date, article.name].filter(Boolean).join(' · ');
  const figures = [
    `${analysis.wordCount.toLocaleString('en')} words`,
    `sentiment ${toneOf(analysis.sentiment.comparative)} (${signed(analysis.sentiment.comparative, 3)})`,
    `${analysis.highlights.length} marks`,
    ...(hasFacts ? [`carries ${percent(analysis.coverage)} of facts`] : []),
  ];
  return `<article class="column" id="article-${e(analysis.id)}">
<header class="column-head"><span class="num">${index}</span><div><div class="file">${e(labels.get(analysis.id) ?? article.name)}</div>
${meta ? `<div class="meta">${e(meta)}</div>` : ''}<div class="figures">${e(figures.join(' · '))}</div></div></header>
${sentimentStrip(analysis, text.length, labels.get(analysis.id) ?? articleLabel(article))}
<div class="column-body">${body.join('\n')}</div>
</article>`;
}

/**
 * A diverging bar per article: comparative sentiment around zero. Each article takes two lines, its name
 * above its bar, and the figure sits past the bar's end in a gutter kept free for it on either side, so no
 * text meets a bar however long the name or the bar.
 */
function sentimentChart(articles: readonly ArticleAnalysis[], labels: readonly string[]): string {
  const row = 40;
  const gutter = 64;
  const half = 230;
  const centre = gutter + half;
  const width = 2 * (gutter + half);
  const height = articles.length * row + 30;
  const scale = Math.max(0.02, ...articles.map((a) => Math.abs(a.sentiment.comparative)));
  const bars = articles
    .map((a, i) => {
      const y = 6 + i * row;
      const value = a.sentiment.comparative;
      const w = (Math.abs(value) / scale) * half;
      const x = value >= 0 ? centre : centre - w;
      const tx = value >= 0 ? centre + w + 6 : centre - w - 6;
      const anchor = value >= 0 ? 'start' : 'end';
      const cls = TONE_CLASS[toneOf(value)];
      return `<text x="0" y="${y + 12}" class="label">${e(`${i + 1}. ${truncate(labels[i] ?? '', 48)}`)}</text>
<rect x="${x.toFixed(1)}" y="${y + 18}" width="${Math.max(1, w).toFixed(1)}" height="${row - 22}" class="${cls}"><title>${e(`${labels[i] ?? ''}: ${signed(value, 3)} per word (score ${signed(a.sentiment.score, 0)})`)}</title></rect>
<text x="${tx.toFixed(1)}" y="${y + 31}" text-anchor="${anchor}" class="value">${e(signed(value, 3))}</text>
<line x1="${centre}" y1="${y + 16}" x2="${centre}" y2="${y + row}" class="axis"/>`;
    })
    .join('\n');
  return `<svg class="chart sentiment" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="sentiment-chart-title">
<title id="sentiment-chart-title">Sentiment per word of each article, from negative (left) to positive (right)</title>
${bars}
<text x="${centre - half}" y="${height - 6}" class="tick">negative</text>
<text x="${centre}" y="${height - 6}" text-anchor="middle" class="tick">0</text>
<text x="${centre + half}" y="${height - 6}" text-anchor="end" class="tick">positive</text>
</svg>`;
}

/** A stacked bar per article: framing marks per 1,000 words, by category; names above the bars, as in the sentiment chart. */
function marksChart(articles: readonly ArticleAnalysis[], labels: readonly string[]): string {
  const row = 40;
  const span = 500;
  const width = span + 88;
  const height = articles.length * row + 10;
  const rates = articles.map((a) => {
    const per = a.wordCount > 0 ? 1000 / a.wordCount : 0;
    return CATEGORIES.map((c) => a.highlights.filter((h) => h.category === c.id).length * per);
  });
  const scale = Math.max(1, ...rates.map((r) => r.reduce((s, v) => s + v, 0)));
  const bars = articles
    .map((a, i) => {
      const y = 6 + i * row;
      let x = 0;
      const parts = CATEGORIES.map((c, k) => {
        const rate = rates[i]![k]!;
        if (rate === 0) return '';
        const w = (rate / scale) * span;
        const rect = `<rect x="${x.toFixed(1)}" y="${y + 18}" width="${w.toFixed(1)}" height="${row - 22}" fill="${c.light.line}"><title>${e(`${labels[i] ?? ''}: ${c.label.toLowerCase()} ${rate.toFixed(1)} per 1,000 words`)}</title></rect>`;
        x += w;
        return rect;
      }).join('');
      const total = rates[i]!.reduce((s, v) => s + v, 0);
      return `<text x="0" y="${y + 12}" class="label">${e(`${i + 1}. ${truncate(labels[i] ?? '', 48)}`)}</text>${parts}
<text x="${(x + 6).toFixed(1)}" y="${y + 31}" class="value">${e(`${total.toFixed(1)} (${a.highlights.length})`)}</text>`;
    })
    .join('\n');
  return `<svg class="chart marks" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="marks-chart-title">
<title id="marks-chart-title">Framing marks per 1,000 words of each article, by category (total marks in brackets)</title>
${bars}
</svg>`;
}

function legend(input: ReportInput): string {
  const { shown, hidden } = shownCategories(input);
  const off = hidden.length
    ? `\n<li class="off">Not shown in this report (switched off when it was made): ${e(hidden.map((c) => c.label).join(', '))}</li>`
    : '';
  const items = shown.map(
    (c) => `<li><mark class="m m-${c.id}">${e(c.label)}</mark> ${e(c.description)}</li>`,
  ).join('\n');
  return `<section class="legend" aria-labelledby="legend-title"><h2 id="legend-title">Legend</h2>
<ul>${items}
<li><mark class="m m-loaded q">Dotted box</mark> marks inside a direct quote: the speaker's words, not the outlet's</li>
<li><span class="omission-sample"><span class="tag">Left out</span></span> a fact other articles report that this one does not, where it would fit</li>${off}
</ul></section>`;
}

/** Matrix cells by how an article tells a fact. */
const CELL = {
  carries: '<td class="on">✓</td>',
  part: '<td class="part">◐<span class="sr"> in part</span></td>',
  'left-out': '<td class="out">✕<span class="sr"> left out</span></td>',
  none: '<td class="off"><span class="sr">no</span></td>',
} as const;

/**
 * The coverage matrix, a row at a time. The article each cell belongs to is named by its column header
 * (`scope="col"` with the title), not by a title on every cell: at 250 articles and thousands of facts
 * those titles alone ran to gigabytes.
 */
function* coverageMatrix(comparison: Comparison, numberOf: Map<string, number>, labels: Map<string, string>): Generator<string> {
  const { coverage, facts } = comparison;
  if (facts.length === 0) {
    yield '<p class="none">No facts were found in more than one article.</p>';
    return;
  }
  const ids = coverage.articleIds;
  const head = ids
    .map((id) => `<th scope="col" title="${e(labels.get(id) ?? '?')}">${numberOf.get(id) ?? '?'}</th>`)
    .join('');
  const stories = storiesOf(comparison);
  if (stories.length) {
    const named = stories.map((st) => (st.length === 1 ? `${e(labels.get(st[0]!) ?? '?')} (about another story)` : st.map((id) => e(labels.get(id) ?? '?')).join(', ')));
    yield `<p class="stories">${stories.length} stories in this set, each compared on its own: ${named.join(' · ')}</p>\n`;
  }
  yield `<p class="key">✓ carries the fact · ◐ tells it in part or in other words · ✕ leaves it out · blank: ${NOT_CALLED_LEFT_OUT}</p>\n`;
  yield `<table class="matrix"><thead><tr><th scope="col">Fact</th>${head}</tr></thead>\n<tbody>`;
  for (const fact of facts) {
    // each cell from the fact table, as the app's matrix reads it
    const cells = ids.map((id) => CELL[cellState(fact, id)]).join('');
    const note = uncountedNote(fact);
    yield `<tr><th scope="row"><span class="kind">${e(fact.kind)}</span> ${e(fact.text)}${note ? ` <span class="note">(${e(note)})</span>` : ''}</th>${cells}</tr>\n`;
  }
  const totals = ids
    .map((_id, a) => {
      const n = coverage.matrix.reduce((sum, r) => sum + (r[a] ? 1 : 0), 0);
      return `<td>${percent(n / facts.length)}</td>`;
    })
    .join('');
  yield `</tbody><tfoot><tr><th scope="row">Share of facts carried</th>${totals}</tr></tfoot></table>`;
}

/** The facts each article leaves out, a row at a time. */
function* omittedFacts(comparison: Comparison, labels: Map<string, string>): Generator<string> {
  if (comparison.articles.every((a) => a.omissions.length === 0)) {
    yield '<p class="none">No article leaves out a fact that the others agree on.</p>';
    return;
  }
  yield '<table class="list"><thead><tr><th scope="col">Article</th><th scope="col">Leaves out</th><th scope="col">Told by</th></tr></thead>\n<tbody>';
  for (const a of comparison.articles) {
    for (const o of a.omissions) {
      const also = coveredTexts(comparison, o);
      const alsoHtml = also.length ? `<br><span class="also">also left out with it: ${also.map((t) => `“${e(t)}”`).join('; ')}</span>` : '';
      yield `<tr><td>${e(labels.get(a.id) ?? '?')}</td><td>${e(o.text)}${alsoHtml}</td><td>${e(toldBy(o, (id) => labels.get(id) ?? '?'))}</td></tr>\n`;
    }
  }
  yield '</tbody></table>';
}

function contradictions(comparison: Comparison, numberOf: Map<string, number>, labels: Map<string, string>): string {
  if (comparison.contradictions.length === 0) return '<p class="none">No contradictions found.</p>';
  return comparison.contradictions
    .map((c) => {
      const values = c.values
        .map((v) => `<li><span class="num small">${numberOf.get(v.articleId) ?? '?'}</span> ${e(labels.get(v.articleId) ?? '?')}: <q>${e(v.text)}</q></li>`)
        .join('');
      return `<div class="contradiction"><h3>${e(c.subject)} <span class="kind">${e(c.kind)}</span></h3><p>${e(withOutletNames(c.reason, labels))}</p><ul>${values}</ul></div>`;
    })
    .join('\n');
}

function figuresTable(pairs: ReturnType<typeof pairArticles>, labels: Map<string, string>, hasFacts: boolean): string {
  const rows = pairs
    .map(({ analysis, article }, i) => {
      const per = analysis.wordCount > 0 ? (analysis.highlights.length * 1000) / analysis.wordCount : 0;
      return `<tr><td>${i + 1}</td><th scope="row">${e(labels.get(analysis.id) ?? '')}<div class="meta">${e(articleLabel(article))}</div></th><td>${analysis.wordCount.toLocaleString('en')}</td>
<td>${e(signed(analysis.sentiment.score, 0))}</td><td>${e(signed(analysis.sentiment.comparative, 3))}</td><td>${e(toneOf(analysis.sentiment.comparative))}</td>
<td>${analysis.highlights.length}</td><td>${per.toFixed(1)}</td><td>${analysis.omissions.length}</td>${hasFacts ? `<td>${percent(analysis.coverage)}</td>` : ''}</tr>`;
    })
    .join('\n');
  return `<table class="figures-table"><thead><tr><th scope="col">#</th><th scope="col">Outlet and headline</th><th scope="col">Words</th><th scope="col">Sentiment score</th>
<th scope="col">Per word</th><th scope="col">Reads</th><th scope="col">Marks</th><th scope="col">Marks per 1,000 words</th><th scope="col">Facts left out</th>${hasFacts ? '<th scope="col">Facts carried</th>' : ''}</tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** "How they differ": one block per outlet with its differences (report/overview.ts). */
function overviewSection(input: ReportInput, labels: Map<string, string>): string {
  const overview = buildOverview(input.comparison, labels);
  if (!overview.comparable) return '';
  const blocks = overview.outlets
    .map((o) => {
      const items = o.items
        .map((item) => {
          const quotes = item.quotes.length ? `: ${item.quotes.map((q) => e(quoteMarks(q))).join(', ')}` : '';
          // Plain text, not links: the report loads nothing and links nowhere, not even within itself.
          return `<li data-kind="${item.kind}"><span class="kind">${e(OVERVIEW_KIND_LABEL[item.kind])}</span> ${e(item.text)}${quotes}</li>`;
        })
        .join('');
      return `<div class="outlet-diff"><h3>${e(o.outlet)}</h3><ul>${items || '<li class="none">Tells the story as the others do.</li>'}</ul></div>`;
    })
    .join('\n');
  return `<section class="overview" aria-labelledby="overview-title"><h2 id="overview-title">How they differ</h2>
<div class="outlet-diffs">${blocks}</div></section>`;
}

const CSS = `
:root { --paper: #fdfcf8; --ink: #1f1d1a; --muted: #5f5a52; --rule: #d9d5ca; --chrome: #f1efe8; --accent: #2c5d8f;
  --serif: 'Iowan Old Style', Charter, Georgia, 'DejaVu Serif', serif; --sans: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif;
  color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.5 var(--sans); }
.page { max-width: 100%; padding: 1.5rem 2rem 3rem; }
h1 { font-family: var(--serif); font-size: 1.8rem; margin: 0 0 0.25rem; }
h2 { font-family: var(--serif); font-size: 1.3rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
.lede { color: var(--muted); margin: 0; }
.errors { background: #fbecd0; border: 1px solid #e6c583; color: #5a3600; padding: 0.5rem 1rem; border-radius: 6px; margin-top: 1rem; }
.errors h2 { border: none; margin: 0.25rem 0; font-size: 1.05rem; }
.legend ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 0.35rem 1.5rem; }
.legend li { font-size: 0.9rem; color: var(--muted); }
.legend li.off { grid-column: 1 / -1; font-style: italic; }
mark.m { color: inherit; border-radius: 2px; padding: 0 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${CATEGORIES.map((c) => `mark.m-${c.id} { background: ${c.light.background}; text-decoration: underline ${c.lineStyle} ${c.light.line}; }`).join('\n')}
mark.m { text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
mark.q { background: transparent; outline: 1px dotted #5f5a52; outline-offset: 1px; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(19rem, 1fr); gap: 1px; background: var(--rule); border: 1px solid var(--rule); overflow-x: auto; }
.column { background: var(--paper); min-width: 0; }
.column-head { display: flex; gap: 0.6rem; align-items: flex-start; padding: 0.5rem 0.8rem; background: var(--chrome); border-bottom: 1px solid var(--rule); }
.num { display: inline-grid; place-content: center; min-width: 1.6rem; height: 1.6rem; border-radius: 50%; background: var(--ink); color: var(--paper); font-weight: 700; font-size: 0.85rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.num.small { min-width: 1.25rem; height: 1.25rem; font-size: 0.7rem; }
.file { font-weight: 600; font-size: 0.85rem; overflow-wrap: anywhere; }
.meta, .figures { color: var(--muted); font-size: 0.78rem; }
.column-body { padding: 0.8rem 1rem 1.5rem; font-family: var(--serif); font-size: 0.95rem; line-height: 1.55; }
.column-body p { margin: 0 0 0.8em; overflow-wrap: anywhere; }
.title { font-size: 1.15rem; line-height: 1.3; margin: 0 0 0.8rem; overflow-wrap: anywhere; }
.omission, .omission-sample .tag { font-family: var(--sans); }
.omission { border-left: 3px solid #d98b1f; background: #fff4e0; color: #7a3f00; padding: 0.35rem 0.6rem; margin: 0 0 0.8em; font-size: 0.85rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.tag { font-size: 0.7rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: #7a3f00; margin-right: 0.3rem; }
.by { color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 3rem; }
.charts figure { margin: 0; }
.charts figcaption { font-size: 0.85rem; color: var(--muted); margin-bottom: 0.25rem; }
svg.chart { max-width: 100%; height: auto; font-family: var(--sans); font-size: 12px; }
svg .label { fill: var(--ink); } svg .value, svg .tick { fill: var(--muted); font-size: 11px; }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .pos { fill: ${TONE_COLOURS.positive.light.line}; } svg .neg { fill: ${TONE_COLOURS.negative.light.line}; } svg .neu { fill: #9a968d; }
svg.strip { display: block; width: 100%; height: 8px; background: var(--chrome); }
svg.strip .neu { fill: #d9d5ca; }
table { border-collapse: collapse; font-size: 0.85rem; }
th, td { border: 1px solid var(--rule); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--chrome); }
.figures-table td { text-align: right; } .figures-table td:first-child { text-align: center; }
.matrix td.part { color: #24502a; } .matrix td.out { color: #7a3f00; font-weight: 700; }
.matrix td { text-align: center; width: 2.2rem; } .matrix td.on { background: #d8e8d2; color: #24502a; font-weight: 700; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.matrix tbody th { font-weight: normal; max-width: 48rem; } .matrix .note, .list .also { color: var(--muted); font-size: 0.85em; }
.kind { display: inline-block; font-size: 0.68rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: 0 0.25rem; }
.contradiction { border: 1px solid var(--rule); border-radius: 6px; padding: 0.4rem 0.9rem; margin: 0 0 0.75rem; }
.contradiction h3 { font-size: 1rem; margin: 0.25rem 0; } .contradiction p { margin: 0.25rem 0; color: var(--muted); }
.contradiction ul { margin: 0.25rem 0; padding-left: 1rem; list-style: none; }
.none { color: var(--muted); font-style: italic; }
.outlet-diffs { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 0.75rem 1.5rem; }
.outlet-diff { border: 1px solid var(--rule); border-radius: 6px; padding: 0.4rem 0.9rem; break-inside: avoid; }
.outlet-diff h3 { font-family: var(--serif); font-size: 1.05rem; margin: 0.25rem 0; }
.outlet-diff ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.3rem; font-size: 0.88rem; }
.outlet-diff .kind { min-width: 5.5rem; text-align: center; margin-right: 0.3rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.8rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; background: #fff; }
  .page { padding: 0; }
  .columns { display: block; border: none; background: none; overflow: visible; }
  .column { border: 1px solid var(--rule); }
  .column + .column { break-before: page; }
  section.side-by-side { break-before: page; }
  .column-head { break-after: avoid; }
  h2 { break-after: avoid; }
  tr, .contradiction, .omission, .figures-table, .charts figure { break-inside: avoid; }
  .matrix thead { display: table-header-group; }
  section.comparison > h2 { break-before: page; }
}
`;

/** The HTML report: a complete, self-contained document. */
export function renderHtml(report: ReportInput): string {
  return [...htmlChunks(report)].join('');
}

/** The HTML report a part at a time (a column, a row of the matrix), so that a large set is written without holding it whole. */
export function* htmlChunks(report: ReportInput): Generator<string> {
  const input = withShownMarks(report);
  const { comparison } = input;
  const pairs = pairArticles(input);
  const numberOf = new Map(pairs.map(({ analysis }, i) => [analysis.id, i + 1]));
  const labels = reportNames(pairs);
  const labelList = pairs.map(({ analysis }) => labels.get(analysis.id)!);
  const hasFacts = comparison.facts.length > 0;
  const made = input.generatedAt.slice(0, 16).replace('T', ' ');
  const title = `Parallax report: ${pairs.length} ${pairs.length === 1 ? 'article' : 'articles'}`;
  const errors = input.errors.length
    ? `<section class="errors" aria-labelledby="errors-title"><h2 id="errors-title">Files not included</h2><ul>${input.errors
        .map((x) => `<li><strong>${e(x.file)}</strong>: ${e(x.message)}</li>`)
        .join('')}</ul></section>`
    : '';
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Parallax">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="page">
<header>
<h1>How ${pairs.length} ${pairs.length === 1 ? 'article tells' : 'articles tell'} the story</h1>
<p class="lede">${pairs.length} articles · ${comparison.facts.length} facts · ${comparison.contradictions.length} contradictions · made with Parallax on ${e(made)} UTC</p>
</header>
${errors}
${overviewSection(input, labels)}
${legend(input)}
<section aria-labelledby="figures-title"><h2 id="figures-title">Sentiment and framing</h2>
<div class="charts">
<figure><figcaption>Sentiment per word (AFINN-165)</figcaption>${sentimentChart(comparison.articles, labelList)}</figure>
<figure><figcaption>Framing marks per 1,000 words</figcaption>${marksChart(comparison.articles, labelList)}</figure>
</div>
${figuresTable(pairs, labels, hasFacts)}
</section>
<section class="side-by-side" aria-labelledby="columns-title"><h2 id="columns-title">The articles side by side</h2>
<div class="columns">
`;
  for (const [i, { analysis, article }] of pairs.entries()) yield `${column(i + 1, analysis, article, labels, hasFacts)}\n`;
  yield `</div>
</section>
<section class="comparison" aria-labelledby="omitted-title"><h2 id="omitted-title">Omitted facts</h2>
`;
  yield* omittedFacts(comparison, labels);
  yield `
</section>
<section aria-labelledby="contradictions-title"><h2 id="contradictions-title">Contradictions</h2>
${contradictions(comparison, numberOf, labels)}
</section>
<section aria-labelledby="coverage-title"><h2 id="coverage-title">Coverage: which article carries which fact</h2>
`;
  yield* coverageMatrix(comparison, numberOf, labels);
  yield `
</section>
<footer>Made with Parallax. Sentiment uses the AFINN-165 word list; marks are found by word lists and patterns and are prompts for a closer look, not verdicts.</footer>
</div>
</body>
</html>
`;
}
