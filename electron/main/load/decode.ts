/**
 * Turns a file's bytes into text: a byte-order mark decides; then a web page's declared charset; then
 * UTF-8 when the bytes are valid UTF-8; then the legacy encoding the bytes look like (chardet), else
 * windows-1252. Binary content is refused by name.
 */
import chardet from 'chardet';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import iconv from 'iconv-lite';
import { LoadFailure } from './errors';

/** Text decoded from bytes, with the encoding that was used. */
export interface Decoded {
  text: string;
  encoding: string;
}

const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
];

/** How much of a file chardet looks at: enough to tell encodings apart, bounded for a 20 MB file. */
const DETECT_BYTES = 256 * 1024;
/** chardet's confidence (0–100) a guess needs, and its lead over windows-1252, to be taken. */
const DETECT_CONFIDENCE = 30;
const DETECT_LEAD = 10;
/** Western single-byte guesses, all read as windows-1252 (WHATWG reads an ISO-8859-1 label so too). */
const WESTERN = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15']);

/**
 * Decodes article bytes. `html` lets a `<meta charset>` in the first 1,024 bytes decide (the WHATWG
 * prescan). Throws LoadFailure for binary content.
 */
export function decode(bytes: Uint8Array, { html = false }: { html?: boolean } = {}): Decoded {
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw new LoadFailure(`it is ${what}, not an article`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new LoadFailure('it is a binary file, not text');
  const declared = html ? sniffHTMLEncoding(bytes, { defaultEncoding: '' }).toLowerCase() : '';
  // A page saved as UTF-8 under a stale Western label reads right as UTF-8 (ASCII reads the same either way).
  if (declared && declared !== 'utf-8' && !WESTERN.has(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(asBuffer(bytes), declared), encoding: declared };
  }
  const utf8 = utf8Text(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const encoding = WESTERN.has(declared) ? 'windows-1252' : detectLegacy(bytes);
  // Node 20's TextDecoder decodes 'windows-1252' as ISO-8859-1 (“ ” — € come out as C1 controls): iconv-lite does not.
  return { text: iconv.decode(asBuffer(bytes), encoding), encoding };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function strictDecode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new LoadFailure(`its bytes are not valid ${encoding.toUpperCase()} although it starts with a ${encoding.toUpperCase()} byte-order mark`);
  }
}

/**
 * The bytes as UTF-8, or null when they are not UTF-8. A sequence cut off at the very end (a file read
 * while it was being written, or saved cut short) is dropped, not taken as a sign of another encoding.
 */
function utf8Text(bytes: Uint8Array): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    const cut = incompleteTail(bytes);
    if (cut === 0) return null;
    try {
      return decoder.decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      return null;
    }
  }
}

/** How many bytes at the end start a UTF-8 sequence that the file does not finish (0 when none). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return needed > back ? back : 0;
    }
  }
  return 0;
}

/** The legacy encoding the bytes most likely are in, by chardet's statistics; windows-1252 when unsure. */
function detectLegacy(bytes: Uint8Array): string {
  const guesses = chardet.analyse(bytes.subarray(0, DETECT_BYTES));
  const best = guesses[0];
  if (!best) return 'windows-1252';
  const name = best.name.toLowerCase();
  if (WESTERN.has(name) || !iconv.encodingExists(name) || name.startsWith('utf-')) return 'windows-1252';
  const western = Math.max(0, ...guesses.filter((g) => WESTERN.has(g.name.toLowerCase())).map((g) => g.confidence));
  return best.confidence >= DETECT_CONFIDENCE && best.confidence - western >= DETECT_LEAD ? name : 'windows-1252';
}

/** NUL bytes, or many control characters, in the first 8 KiB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}
