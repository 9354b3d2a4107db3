/** The CSV report: the facts × articles coverage matrix, one row per fact. */
import { articleLabel, cellState, pairArticles, reportNames, type CellState, type ReportInput } from './model';

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
 * Header: fact_id, kind, fact, told_by, then one column per article (its name, title and file name), then in_part_by
 * and left_out_by; rows: 1 where the article carries the fact, 0 where it does not, then the names of the articles
 * that tell it in part and of those said to leave it out (the app's ◐ and ✕), "; " between names. CRLF line ends, as
 * RFC 4180 says.
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
  const header = [
    'fact_id',
    'kind',
    'fact',
    'told_by',
    ...pairs.map(({ analysis, article }) => `${names.get(analysis.id)}: ${articleLabel(article)} (${article.name})`),
    'in_part_by',
    'left_out_by',
  ];
  const inState = (fact: (typeof facts)[number], state: CellState) =>
    pairs
      .filter(({ analysis }) => cellState(fact, analysis.id) === state)
      .map(({ analysis }) => names.get(analysis.id))
      .join('; ');
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
    const fields = [fact.id, fact.kind, fact.text, cells.reduce<number>((a, b) => a + b, 0), ...cells, inState(fact, 'part'), inState(fact, 'left-out')];
    yield `${fields.map(csvField).join(',')}\r\n`;
  }
}
