/// <reference lib="webworker" />
import { giveAssets, prepare, type AssetName } from '../../../engine/index';
import { answer } from './answer';
import type { AssetsMessage, ToWorker, WorkerMessage } from './protocol';

/** Settles `ready` with the page's message giving the engine's asset files, or why it could not fetch them. */
let settleAssets: (message: AssetsMessage) => void = () => undefined;
// the models the first request needs are read as soon as their files are in, while the app starts and reads its
// first files; a model that cannot be read is read again by that request, whose answer says why
const ready = new Promise<Record<AssetName, ArrayBuffer>>((resolve, reject) => {
  settleAssets = (message) => ('assets' in message ? resolve(message.assets) : reject(new Error(message.assetsError)));
}).then((files) => {
  giveAssets(
    Object.fromEntries(Object.entries(files).map(([name, buffer]) => [name, new Uint8Array(buffer)])) as Record<AssetName, Uint8Array>,
  );
  try {
    prepare();
  } catch {
    // reported by the first request
  }
});
const post = (message: WorkerMessage) => self.postMessage(message);
// requests are answered in the order they came, once the assets are in; assets that could not be read fail each
self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if ('assets' in message || 'assetsError' in message) return settleAssets(message);
  void ready.then(
    () => answer(message, post),
    (error: unknown) => post({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
