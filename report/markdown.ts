/** The Markdown report: a readable summary per article, the contradictions and the coverage table. */
import type { MarkCategory } from '../engine/types';
import { articleLabel, cellState, coveredTexts, pairArticles, reportNames, shownCategories, storiesOf, withShownMarks, type ReportInput } from './model';
import { withOutletNames } from './outlets';
import { buildOverview, OVERVIEW_KIND_LABEL, quoteMarks } from './overview';
import { CATEGORIES, NOT_CALLED_LEFT_OUT, signed, toldBy, toneOf, uncountedNote } from './vocabulary';

/**
 * Article text as inline Markdown: characters that would start emphasis, code, links, tables, HTML
 * or entities are backslash-escaped and line breaks become spaces, so an article cannot inject HTML
 * into a renderer that allows it or break the table. Text never starts a line here (it always follows
 * "- ", "### " or "| "), so list and heading markers need no escape.
 */
export function mdText(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[\\`*_[\]<>|~&]/gu, (c) => `\\${c}`);
}

/** The Markdown report. */
export function renderMarkdown(report: ReportInput): string {
  return [...markdownChunks(report)].join('');
}

/**
 * The Markdown report in pieces of about 64 KB, so that a large set is written without holding it
 * whole: runs of blank lines become one, and the report ends with a single line break.
 */
export function* markdownChunks(report: ReportInput): Generator<string> {
  let buffer = '';
  let started = false;
  let blank = false;
  for (const line of markdownLines(report)) {
    if (line === '') {
      blank = started;
      continue;
    }
    if (blank) buffer += '\n';
    blank = false;
    started = true;
    buffer += `${line}\n`;
    if (buffer.length >= 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

function* markdownLines(report: ReportInput): Generator<string> {
  const input = withShownMarks(report);
  const { comparison } = input;
  const pairs = pairArticles(input);
  const nameOf = reportNames(pairs);
  const out: string[] = [];
  out.push('# Parallax comparison report', '');
  out.push(
    `${pairs.length} ${pairs.length === 1 ? 'article' : 'articles'} · ${comparison.facts.length} facts · ` +
      `${comparison.contradictions.length} contradictions · made ${input.generatedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
  );

  const { hidden } = shownCategories(input);
  if (hidden.length) out.push(`Framing marks not shown (switched off when this was made): ${hidden.map((c) => c.label).join(', ')}.`, '');

  if (input.errors.length) {
    out.push('## Files not included', '');
    for (const e of input.errors) out.push(`- ${mdText(e.file)}: ${mdText(e.message)}`);
    out.push('');
  }

  const overview = buildOverview(comparison, nameOf);
  if (overview.comparable) {
    out.push('## How they differ', '');
    for (const o of overview.outlets) {
      out.push(`### ${mdText(o.outlet)}`, '');
      if (o.items.length === 0) out.push('- Tells the story as the others do.');
      for (const item of o.items) {
        const quotes = item.quotes.length ? `: ${item.quotes.map((q) => mdText(quoteMarks(q))).join(', ')}` : '';
        out.push(`- **${OVERVIEW_KIND_LABEL[item.kind]}**: ${mdText(item.text)}${quotes}`);
      }
      out.push('');
      if (out.length >= 256) yield* out.splice(0);
    }
  }

  out.push('## Articles', '');
  yield* out.splice(0);
  for (const [i, { analysis, article }] of pairs.entries()) {
    out.push(`### ${i + 1}. ${mdText(nameOf.get(analysis.id) ?? article.name)}: ${mdText(articleLabel(article))}`, '');
    out.push(`- File: ${mdText(article.name)}`);
    if (article.author || article.date) out.push(`- Published: ${mdText([article.author, article.date].filter(Boolean).join(', '))}`);
    out.push(`- Words: ${analysis.wordCount}`);
    out.push(
      `- Sentiment: ${toneOf(analysis.sentiment.comparative)} (score ${signed(analysis.sentiment.score, 0)}, ` +
        `${signed(analysis.sentiment.comparative, 3)} per word)`,
    );
    if (comparison.facts.length) out.push(`- Carries ${Math.round(analysis.coverage * 100)}% of the facts`);
    out.push(`- Framing marks: ${analysis.highlights.length}`);
    const byCategory = new Map<MarkCategory, string[]>();
    for (const h of analysis.highlights) {
      const list = byCategory.get(h.category) ?? [];
      if (!list.includes(h.text)) list.push(h.text);
      byCategory.set(h.category, list);
    }
    for (const c of CATEGORIES) {
      const words = byCategory.get(c.id);
      if (!words) continue;
      const count = analysis.highlights.filter((h) => h.category === c.id).length;
      out.push(`  - ${c.label} (${count}): ${words.map((w) => `“${mdText(w)}”`).join(', ')}`);
    }
    if (analysis.omissions.length) {
      out.push(`- Leaves out ${analysis.omissions.length} ${analysis.omissions.length === 1 ? 'fact' : 'facts'} that others report:`);
      for (const o of analysis.omissions) {
        out.push(`  - ${mdText(o.text)} (told by ${toldBy(o, (id) => nameOf.get(id) ?? '?')})`);
        const also = coveredTexts(comparison, o);
        if (also.length) out.push(`    - also left out with it: ${also.map((t) => `“${mdText(t)}”`).join('; ')}`);
      }
    } else out.push('- Leaves out nothing the others agree on');
    out.push('');
    yield* out.splice(0);
  }

  out.push('## Contradictions', '');
  if (comparison.contradictions.length === 0) out.push('No contradictions found.', '');
  for (const c of comparison.contradictions) {
    out.push(`- **${mdText(c.subject)}** (${c.kind}): ${mdText(withOutletNames(c.reason, nameOf))}`);
    for (const v of c.values) out.push(`  - ${mdText(nameOf.get(v.articleId) ?? '?')}: ${mdText(v.text)}`);
  }
  if (comparison.contradictions.length) out.push('');

  out.push('## Coverage', '');
  if (comparison.facts.length === 0) out.push('No facts were found in more than one article.', '');
  else {
    out.push(`| Fact | ${pairs.map((_, i) => `${i + 1}`).join(' | ')} |`);
    out.push(`| --- | ${pairs.map(() => ':-:').join(' | ')} |`);
    // ✓ carries, ◐ tells it in part or in other words, ✕ leaves it out, — not called left out (NOT_CALLED_LEFT_OUT)
    for (const fact of comparison.facts) {
      const cells = pairs.map(({ analysis }) => ({ carries: '✓', part: '◐', 'left-out': '✕', none: '—' })[cellState(fact, analysis.id)]);
      const note = uncountedNote(fact);
      out.push(`| ${mdText(fact.text)}${note ? ` *(${note})*` : ''} | ${cells.join(' | ')} |`);
      if (out.length >= 256) yield* out.splice(0);
    }
    out.push('', pairs.map(({ analysis }, i) => `${i + 1}. ${mdText(nameOf.get(analysis.id) ?? '?')}`).join('  \n'), '');
    out.push(`✓ carries the fact · ◐ tells it in part or in other words · ✕ leaves it out · — ${NOT_CALLED_LEFT_OUT}`, '');
    const stories = storiesOf(comparison);
    if (stories.length) {
      out.push(`${stories.length} stories in this set, each compared on its own:`, '');
      for (const st of stories) out.push(`- ${st.length === 1 ? `${mdText(nameOf.get(st[0]!) ?? '?')} (about another story)` : st.map((id) => mdText(nameOf.get(id) ?? '?')).join(', ')}`);
      out.push('');
    }
  }
  yield* out;
}
