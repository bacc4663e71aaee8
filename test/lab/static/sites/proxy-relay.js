/*
 * Lab site www.lab-proxy.test (Consent Auditor lab, written for it): the site relays Google
 * Analytics 4 and Yandex Metrika through its own hosts, as a reverse proxy or server-side tagging
 * setup does, and also calls an analytics endpoint of its own whose shape no tracker uses.
 */
(function () {
  var cid = Math.floor(Math.random() * 2147483647) + '.' + Math.floor(Date.now() / 1000);
  var here = encodeURIComponent(location.href);
  // GA4 hit, same shape as gtag.js sends to region1.google-analytics.com, through a first-party path.
  fetch('/metrics/g/collect?v=2&tid=G-PROXY0001&cid=' + cid + '&en=page_view&dl=' + here + '&_p=' + Date.now(), {
    method: 'POST', keepalive: true, credentials: 'include',
  }).catch(function () {});
  // Metrika hit, same shape as tag.js sends to mc.yandex.ru, through a first-party subdomain.
  new Image().src = 'https://stats.lab-proxy.test/watch/55501234?wmode=7&page-url=' + here + '&rn=' + Math.floor(Math.random() * 1e9);
  // The control: the site's own analytics, of no known tracker's shape.
  fetch('https://api.lab-proxy.test/analytics/event?name=pageview&v=2&page=' + here, { method: 'POST', credentials: 'include' }).catch(function () {});
})();
