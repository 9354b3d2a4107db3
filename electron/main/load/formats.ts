/** The file extensions Parallax opens, with the format each one means. */
import type { ArticleFormat } from '../../contract';

/** File extensions Parallax opens, with the format each one means. */
export const FORMATS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.eml': 'email',
};

/** The extensions, listed for messages. */
export const EXTENSIONS = Object.keys(FORMATS).join(', ');

/** Formats read from their bytes by their own reader, not decoded as text first. */
export const BINARY_FORMATS: ReadonlySet<ArticleFormat> = new Set(['pdf', 'docx', 'mhtml', 'email']);
