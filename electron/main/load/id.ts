/** Article ids: stable for a path. */
import { createHash } from 'node:crypto';

/** A stable id for a path: the same file always gets the same id. */
export function articleId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 12);
}
