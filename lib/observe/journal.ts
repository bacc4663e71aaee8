// The last things the worker handled, kept in memory so a failing end-to-end test (or an auditor
// wondering why a tab shows nothing) can see what the worker saw: which events arrived, for which
// tab, and whether a session was there to take them. Cheap enough to keep on in every build.

export interface JournalEntry {
  /** Epoch ms when the event was handled. */
  at: number;
  what: string;
  tabId: number | null;
  /** False when the event concerned a tab with no session (it was dropped). */
  hit: boolean;
  note?: string;
}

export class Journal {
  private readonly entries: JournalEntry[] = [];
  constructor(private readonly size = 80) {}

  add(entry: JournalEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.size) this.entries.splice(0, this.entries.length - this.size);
  }

  recent(): JournalEntry[] {
    return this.entries.slice();
  }
}
