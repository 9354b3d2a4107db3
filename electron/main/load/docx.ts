/**
 * The article text of a Word (.docx) file, through mammoth: headings and paragraphs kept as blocks, the
 * first heading as title. Images are left out (never turned into data URLs) and nothing is fetched.
 */
import { Parser } from 'htmlparser2';
import { LoadFailure } from './errors';
import type { Extracted } from './html';

const BLOCK = /^(?:p|h[1-6]|li|td|th|blockquote|pre|caption)$/u;

/** The blocks of mammoth's HTML (headings flagged), in order. */
function blocksOf(html: string): { text: string; heading: boolean }[] {
  const blocks: { text: string; heading: boolean }[] = [];
  let line = '';
  let heading = false;
  const end = () => {
    const text = line.replace(/\s+/gu, ' ').trim();
    if (text) blocks.push({ text, heading });
    line = '';
    heading = false;
  };
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (BLOCK.test(name)) end();
        if (/^h[1-6]$/u.test(name)) heading = true;
        if (name === 'br') line += ' ';
      },
      onclosetag: (name) => {
        if (BLOCK.test(name)) end();
      },
      ontext: (data) => {
        line += data;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  end();
  return blocks;
}

/** The article text of a .docx file's bytes, with its first heading as title. */
export async function fromDocx(bytes: Uint8Array): Promise<Extracted> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw new LoadFailure(`it is not a readable Word (.docx) file (${(error as Error | undefined)?.message ?? 'unknown error'})`);
  }
  const blocks = blocksOf(html);
  const title = blocks.find((b) => b.heading)?.text;
  const extracted: Extracted = { text: blocks.map((b) => b.text).join('\n\n') };
  if (title) extracted.title = title;
  return extracted;
}
