/*
 * Lab site www.lab-recorder.test (Consent Auditor lab, written for it): a session recorder of the
 * site's own, in a format of its own (not rrweb's): a snapshot of the page's HTML, then every DOM
 * change, mouse movement, scroll and keystroke, posted as JSON in batches every 600 ms to one
 * endpoint. Nothing about it is a known vendor: only what it does can give it away.
 */
(function () {
  var queue = [];
  var seq = 0;
  var started = Date.now();
  function push(kind, data) { queue.push({ k: kind, d: data, ms: Date.now() - started }); }
  function path(node) {
    var out = [];
    for (var n = node; n && n.parentNode; n = n.parentNode) out.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
    return out.join('.');
  }
  function start() {
    push('snapshot', { url: location.href, w: innerWidth, h: innerHeight, html: document.documentElement.outerHTML });
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        push('dom', {
          at: path(r.target),
          type: r.type,
          attr: r.attributeName,
          added: Array.prototype.map.call(r.addedNodes, function (n) { return n.outerHTML || n.textContent; }),
          removed: r.removedNodes.length,
        });
      });
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    document.addEventListener('mousemove', function (e) { push('move', { x: e.clientX, y: e.clientY }); }, { passive: true });
    window.addEventListener('scroll', function () { push('scroll', { y: scrollY }); }, { passive: true });
    document.addEventListener('input', function (e) { push('input', { at: path(e.target), len: String(e.target.value || '').length }); }, true);
  }
  function flush() {
    if (queue.length === 0) return;
    var body = JSON.stringify({ session: 'lab-recorder', seq: seq++, events: queue });
    queue = [];
    fetch('https://collect.recorder-lab.test/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body, keepalive: body.length < 60000 }).catch(function () {});
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  setInterval(flush, 600);
  addEventListener('pagehide', flush);
})();
