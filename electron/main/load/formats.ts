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
};

/** The extensions, listed for messages. */
export const EXTENSIONS = Object.keys(FORMATS).join(', ');
