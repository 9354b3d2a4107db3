/// <reference lib="webworker" />
import { answer } from './answer';
import type { AnalysisRequest } from './protocol';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => answer(event.data, (message) => self.postMessage(message));
