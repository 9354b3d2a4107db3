/** The messages between the loader pool and its workers. */
import type { LoadedArticle } from '../../contract';

/** Load the file at `path`. */
export interface LoadRequest {
  id: number;
  path: string;
}

/** The loaded article, or the reader-facing reason it could not be loaded. */
export type LoadResponse = { id: number; article: LoadedArticle } | { id: number; reason: string };
