/**
 * The text form of the engine's large assets (engine/assets/*.txt): a first line of JSON, the asset's small fields
 * with `fields`, the names and lengths of its long text fields, then each long field as it is, followed by a line
 * break. Reading it parses the first line only and takes each long field as a view of the file's bytes: JSON.parse of
 * the whole asset read and copied megabytes of text at every start of the analysis worker.
 */

/** An asset read: its small fields (the first line's JSON, `fields` apart) and its long fields' bytes by name. */
export interface AssetFields {
  header: Record<string, unknown>;
  fields: Record<string, Uint8Array>;
}

/**
 * The asset's text for `header` (small fields, JSON, its characters outside ASCII escaped) and `fields` (long text
 * fields, in the order given, ASCII only): a field's characters are then its bytes, which readAsset reads.
 */
export function writeAssetText(header: Record<string, unknown>, fields: Record<string, string>): string {
  for (const [name, value] of Object.entries(fields)) {
    if (/[^\0-\x7f]/u.test(value)) throw new Error(`asset text: the field "${name}" holds a character outside ASCII`);
  }
  const lengths = Object.entries(fields).map(([name, value]) => [name, value.length]);
  // JSON allows characters outside ASCII only inside strings, where an escape means the same character
  const line = JSON.stringify({ ...header, fields: lengths }).replace(/[^\0-\x7f]/gu, (c) =>
    Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
  return `${line}\n${Object.values(fields).map((value) => `${value}\n`).join('')}`;
}

/**
 * The Encoding API's decoder and encoder, which Node and the browsers alike have; the engine's types name no host's
 * API (its lib is the language's alone), so they are typed here by what the engine uses of them.
 */
const host = globalThis as unknown as {
  TextDecoder: new () => { decode(bytes: Uint8Array): string };
  TextEncoder: new () => { encode(text: string): Uint8Array };
};
const ASCII = new host.TextDecoder();
const ENCODER = new host.TextEncoder();

/** A text's bytes (UTF-8; ASCII's own for an asset's text). */
export function bytesOf(text: string): Uint8Array {
  return ENCODER.encode(text);
}

/** The text of an asset's field (ASCII bytes). */
export function textOf(field: Uint8Array): string {
  return ASCII.decode(field);
}

/**
 * Reads an asset's file (writeAssetText's text, as bytes); `name` names the asset in the error thrown when it is not
 * one. The long fields are views of the bytes, not copies: the analysis worker fetches its assets as bytes, and
 * decoding some six megabytes into text was about a fifth of the time their fetching took.
 */
export function readAsset(bytes: Uint8Array, name: string): AssetFields {
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`);
  };
  const end = bytes.indexOf(10);
  if (end < 0) fail('no line of JSON opens the file');
  let header: Record<string, unknown> & { fields?: unknown };
  try {
    header = JSON.parse(textOf(bytes.subarray(0, end))) as typeof header;
  } catch (error) {
    return fail(`its first line is not JSON (${(error as Error).message})`);
  }
  const { fields: lengths, ...rest } = header;
  if (!Array.isArray(lengths)) return fail('its first line names no fields');
  const fields: Record<string, Uint8Array> = {};
  let at = end + 1;
  for (const entry of lengths as unknown[]) {
    const [field, length] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (typeof field !== 'string' || typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
      return fail(`${JSON.stringify(entry)} is no field's name and length`);
    }
    if (at + length >= bytes.length || bytes[at + length] !== 10) {
      return fail(`its field "${field}" is not ${length} characters followed by a line break`);
    }
    fields[field] = bytes.subarray(at, at + length);
    at += length + 1;
  }
  if (at !== bytes.length) fail(`${bytes.length - at} characters follow its last field`);
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
