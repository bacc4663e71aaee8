/*
 * Lab site www.lab-replay.test (Consent Auditor lab, written for it): a session recorder built on
 * the real rrweb package (served from npm as /js/rrweb.umd.min.js): it records the page's DOM,
 * mouse and keyboard events and posts them in batches, once a second, to one endpoint.
 */
(function () {
  var events = [];
  window.rrweb.record({ emit: function (e) { events.push(e); } });
  function flush() {
    if (events.length === 0) return;
    var body = JSON.stringify(events);
    events = [];
    fetch('https://rec.replay-lab.test/v1/batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body, keepalive: body.length < 60000 }).catch(function () {});
  }
  setInterval(flush, 1000);
  addEventListener('pagehide', flush);
})();
