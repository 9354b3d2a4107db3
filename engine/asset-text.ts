/**
 * The text form of the engine's large assets (engine/assets/*.txt): a first line of JSON, the asset's small fields
 * with `fields`, the names and lengths of its long text fields, then each long field as it is, followed by a line
 * break. Reading it parses the first line only and takes each long field as a slice of the text: JSON.parse of the
 * whole asset read and copied megabytes of text at every start of the analysis worker.
 */

/** An asset read: its small fields (the first line's JSON, `fields` apart) and its long fields by name. */
export interface AssetText {
  header: Record<string, unknown>;
  fields: Record<string, string>;
}

/** The asset's text for `header` (small fields, JSON) and `fields` (long text fields, in the order given). */
export function writeAssetText(header: Record<string, unknown>, fields: Record<string, string>): string {
  const lengths = Object.entries(fields).map(([name, value]) => [name, value.length]);
  return `${JSON.stringify({ ...header, fields: lengths })}\n${Object.values(fields).map((value) => `${value}\n`).join('')}`;
}

/** Reads an asset's text (writeAssetText's); `name` names the asset in the error thrown when the text is not one. */
export function readAssetText(text: string, name: string): AssetText {
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`);
  };
  const end = text.indexOf('\n');
  if (end < 0) fail('no line of JSON opens the text');
  let header: Record<string, unknown> & { fields?: unknown };
  try {
    header = JSON.parse(text.slice(0, end)) as typeof header;
  } catch (error) {
    return fail(`its first line is not JSON (${(error as Error).message})`);
  }
  const { fields: lengths, ...rest } = header;
  if (!Array.isArray(lengths)) return fail('its first line names no fields');
  const fields: Record<string, string> = {};
  let at = end + 1;
  for (const entry of lengths as unknown[]) {
    const [field, length] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (typeof field !== 'string' || typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
      return fail(`${JSON.stringify(entry)} is no field's name and length`);
    }
    if (at + length >= text.length || text.charCodeAt(at + length) !== 10) {
      return fail(`its field "${field}" is not ${length} characters followed by a line break`);
    }
    fields[field] = text.slice(at, at + length);
    at += length + 1;
  }
  if (at !== text.length) fail(`${text.length - at} characters follow its last field`);
  return { header: rest, fields };
}

/**
 * The items of a space-separated text (as `text.split(' ')` gives them) by position, each cut from the text when it is
 * asked for: splitting the assets' long lists made some 150,000 strings at every start of the analysis worker, whose
 * garbage collection took longer than the splitting. Finding the spaces makes no string.
 */
export class SpaceSeparated {
  /** How many items the text has. */
  readonly length: number;
  /** Item k is text.slice(starts[k], starts[k + 1] - 1). */
  private readonly starts: Int32Array;

  /** `expected`: how many items the text should have; told rightly, its spaces are found in one pass, not two (told wrongly, the items are still the text's). */
  constructor(
    private readonly text: string,
    expected?: number,
  ) {
    this.starts = (expected !== undefined && startsOf(text, expected)) || startsOf(text, itemCount(text))!;
    this.length = this.starts.length - 1;
  }

  /** Item k, or undefined past the last. */
  at(k: number): string | undefined {
    return k >>> 0 === k && k < this.length ? this.text.slice(this.starts[k]!, this.starts[k + 1]! - 1) : undefined;
  }
}

/** How many items a space-separated text has. */
function itemCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/** Where each of the `count` items of a space-separated text starts, and where one after the last would; undefined when it has not `count` items. */
function startsOf(text: string, count: number): Int32Array | undefined {
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let at = text.indexOf(' '); at >= 0 && k < count; at = text.indexOf(' ', at + 1)) starts[k++] = at + 1;
  if (k !== count || text.indexOf(' ', starts[count - 1]!) >= 0) return undefined;
  starts[count] = text.length + 1;
  return starts;
}

/**
 * `text`'s characters as a string of their own. A field read from a comment of the analysis worker's script is a
 * slice of the script's text, which Chromium hands its engine as a string held outside the engine's heap, where a
 * loop reading it a character at a time ran about twice as slow: the NLP model's lexicon decoded in 54 ms from its
 * field as it is, and in 7 + 25 ms from a copy. A string joined to another is copied whole by the slice taken of it
 * (V8 flattens a joined string before slicing it); no call of the language copies a string as such.
 */
export function ownCopy(text: string): string {
  return `${text} `.slice(0, -1);
}

