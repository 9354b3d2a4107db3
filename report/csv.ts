/** The CSV report: the facts × articles coverage matrix, one row per fact. */
import { articleLabel, pairArticles, reportNames, type ReportInput } from './model';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe, so a hostile article cannot plant one
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * Header: fact_id, kind, fact, told_by, then one column per article (its name, title and file name);
 * rows: 1 where the article carries the fact, 0 where it does not. CRLF line ends, as RFC 4180 says.
 */
export function renderCsv(input: ReportInput): string {
  return [...csvChunks(input)].join('');
}

/** The CSV report a line at a time, so that a large set is written without holding it whole. */
export function* csvChunks(input: ReportInput): Generator<string> {
  const { coverage, facts } = input.comparison;
  const pairs = pairArticles(input);
  const columnOf = new Map(coverage.articleIds.map((id, i) => [id, i]));
  const rowOf = new Map(coverage.factIds.map((id, i) => [id, i]));
  const names = reportNames(pairs);
  const header = ['fact_id', 'kind', 'fact', 'told_by', ...pairs.map(({ analysis, article }) => `${names.get(analysis.id)}: ${articleLabel(article)} (${article.name})`)];
  yield `${header.map(csvField).join(',')}\r\n`;
  for (const fact of facts) {
    const index = rowOf.get(fact.id);
    const row = index === undefined ? undefined : coverage.matrix[index];
    const present = new Set(fact.presentIn);
    const cells = pairs.map(({ analysis }) => {
      const column = columnOf.get(analysis.id);
      const carried = row && column !== undefined ? row[column] === true : present.has(analysis.id);
      return carried ? 1 : 0;
    });
    yield `${[fact.id, fact.kind, fact.text, cells.reduce<number>((a, b) => a + b, 0), ...cells].map(csvField).join(',')}\r\n`;
  }
}
