import { beforeEach } from 'vitest';
import { reportWorkerState } from './harness';

// Every e2e failure explains itself: what the extension's worker restored, held and last handled.
beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => reportWorkerState(task.name));
});
