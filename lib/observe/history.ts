import { WRITE_HISTORY_CAP, WRITE_HISTORY_HEAD, type WriteRecord } from '../model/types';

// The write history of one cookie or storage key. A tracker that re-writes its cookie after the
// visitor said no is the evidence an auditor needs most, so later writes are kept, not only
// counted. Bounded: the first writes (what happened before any choice) and the latest ones (what
// happened after it) are kept, the middle is dropped and counted, so storage.session stays small.

interface WithHistory {
  history?: WriteRecord[];
  historyDropped?: number;
}

export function recordWrite(item: WithHistory, record: WriteRecord): void {
  const history = (item.history ??= []);
  history.push(record);
  if (history.length > WRITE_HISTORY_CAP) {
    history.splice(WRITE_HISTORY_HEAD, 1);
    item.historyDropped = (item.historyDropped ?? 0) + 1;
  }
}
