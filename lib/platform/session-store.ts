import { browser } from './browser';
import { isSessionState, type SessionState } from '../observe/state';
import type { OpenTab, SessionStore } from '../observe/tracker';

// storage.session survives the worker being stopped but not the browser: exactly an audit's life.
// Writes are batched: a busy page fires hundreds of events a second, one write per tab per tick.

const PREFIX = 'session:v1:';
const BATCH_MS = 50;
/** Set by the first worker of a browser session; a later worker finding it is a restart. */
const STARTED_KEY = 'worker:started';

export class StorageSessionStore implements SessionStore {
  private readonly dirty = new Map<number, SessionState>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();

  async loadAll(): Promise<SessionState[]> {
    const all = await browser.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([, value]) => value)
      .filter(isSessionState);
  }

  async markStarted(openTabs: OpenTab[]): Promise<OpenTab[] | null> {
    const found: unknown = (await browser.storage.session.get(STARTED_KEY))[STARTED_KEY];
    if (isStartRecord(found)) return found.tabs;
    await browser.storage.session.set({ [STARTED_KEY]: { at: Date.now(), tabs: openTabs } });
    return null;
  }

  /** Stored session keys and their tabs' URLs, for diagnostics. */
  async describe(): Promise<{ key: string; url: string | null }[]> {
    const all = await browser.storage.session.get(null);
    return Object.entries(all).map(([key, value]) => ({ key, url: isSessionState(value) ? value.url : null }));
  }

  save(state: SessionState): void {
    this.dirty.set(state.tabId, state);
    this.timer ??= setTimeout(() => void this.flush(), BATCH_MS);
  }

  async remove(tabId: number): Promise<void> {
    this.dirty.delete(tabId);
    await this.writing;
    await browser.storage.session.remove(PREFIX + tabId);
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.dirty.size === 0) return this.writing;
    const batch: Record<string, SessionState> = {};
    for (const [tabId, state] of this.dirty) batch[PREFIX + tabId] = state;
    this.dirty.clear();
    this.writing = this.writing.then(() => browser.storage.session.set(batch)).catch((error: unknown) => {
      console.warn('consent-auditor: could not persist sessions', error);
    });
    return this.writing;
  }
}

function isStartRecord(value: unknown): value is { at: number; tabs: OpenTab[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { tabs?: unknown }).tabs);
}
