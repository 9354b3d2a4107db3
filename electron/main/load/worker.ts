/**
 * The loader worker (a worker_threads Worker, in the app's main process and in the CLI alike): reads
 * and parses the files it is sent, one at a time, off the main thread and under the pool's memory limit.
 */
import { parentPort } from 'node:worker_threads';
import { loadArticleFile } from './article';
import { describeLoadError } from './errors';
import type { LoadRequest, LoadResponse } from './protocol';

const port = parentPort;
if (!port) throw new Error('the loader worker must run in a worker thread');

port.on('message', ({ id, path }: LoadRequest) => {
  loadArticleFile(path).then(
    (article) => port.postMessage({ id, article } satisfies LoadResponse),
    (error: unknown) => port.postMessage({ id, reason: describeLoadError(error) } satisfies LoadResponse),
  );
});
