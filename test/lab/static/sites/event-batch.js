/*
 * Lab site www.lab-replay.test, the control (Consent Auditor lab, written for it): ordinary event
 * analytics posted in a batch (page views and clicks), which is not a recording of the page.
 */
(function () {
  var events = [{ type: 3, data: { page: location.pathname, title: document.title }, timestamp: Date.now() }];
  addEventListener('click', function (e) { events.push({ type: 'click', data: { tag: e.target && e.target.tagName }, timestamp: Date.now() }); });
  setTimeout(function () {
    fetch('https://batch.analytics-lab.test/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events: events }) }).catch(function () {});
  }, 800);
})();
