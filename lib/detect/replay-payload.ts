// What a request body carries, when it is a recording of the page: rrweb's event format (used by
// rrweb itself, PostHog, and many home-made recorders) starts a session with a full DOM snapshot
// ({"type":2,"data":{"node":{...}}}) and continues with incremental snapshots
// ({"type":3,"data":{"source":...}}). https://github.com/rrweb-io/rrweb/blob/master/docs/recipes/dive-into-event.md
const RRWEB_EVENT = /"type":\s*[23],\s*"data":\s*\{\s*"(node|source)"/;

export function recordingPayload(body: string | null | undefined): 'dom-recording' | null {
  return body && RRWEB_EVENT.test(body) ? 'dom-recording' : null;
}
