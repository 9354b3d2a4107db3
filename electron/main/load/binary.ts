/** Sends a PDF, Word file, saved web page or e-mail to its reader; each reader is loaded only when such a file arrives. */
import type { ArticleFormat } from '../../contract';
import type { Extracted } from './html';

/** The article a binary format's reader found, with the encoding its text came in. */
export async function fromBinary(format: ArticleFormat, bytes: Uint8Array): Promise<{ extracted: Extracted; encoding: string }> {
  switch (format) {
    case 'pdf':
      return { extracted: await (await import('./pdf')).fromPdf(bytes), encoding: 'pdf' };
    case 'docx':
      return { extracted: await (await import('./docx')).fromDocx(bytes), encoding: 'utf-8' };
    case 'mhtml':
    case 'email':
      return (await import('./mime')).fromMime(bytes, format);
    default:
      throw new Error(`no binary reader for ${format}`);
  }
}
