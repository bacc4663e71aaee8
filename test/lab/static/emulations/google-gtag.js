/*
 * EMULATION of Google tag (gtag.js) with a GA4 property, written for the Consent Auditor lab; not
 * Google code. It reads the page's window.dataLayer ('config', 'G-...') and reproduces what an
 * auditor sees: the _ga and _ga_<container> cookies (2 years, per
 * https://support.google.com/analytics/answer/11397207) on the registrable domain, and a page_view
 * hit to region1.google-analytics.com/g/collect.
 */
(function () {
  var TWO_YEARS = 2 * 365 * 24 * 3600;
  var script = document.currentScript;
  var loadedId = script ? new URL(script.src).searchParams.get('id') : null;

  function rootDomain() {
    var parts = location.hostname.split('.');
    for (var i = parts.length - 2; i >= 0; i--) {
      var candidate = '.' + parts.slice(i).join('.');
      document.cookie = '_ga_probe=1; path=/; domain=' + candidate;
      if (document.cookie.indexOf('_ga_probe=1') >= 0) {
        document.cookie = '_ga_probe=; path=/; max-age=0; domain=' + candidate;
        return candidate;
      }
    }
    return location.hostname;
  }
  function read(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? m[1] : null;
  }
  function write(name, value, domain) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + TWO_YEARS + '; domain=' + domain;
  }

  function config(measurementId) {
    var domain = rootDomain();
    var now = Math.floor(Date.now() / 1000);
    var ga = read('_ga');
    if (!ga) { ga = 'GA1.1.' + Math.floor(Math.random() * 2147483647) + '.' + now; write('_ga', ga, domain); }
    write('_ga_' + measurementId.replace(/^G-/, ''), 'GS2.1.s' + now + '$o1$g0$t' + now + '$j60$l0$h0', domain);
    var cid = ga.split('.').slice(2).join('.');
    var url = 'https://region1.google-analytics.com/g/collect?v=2&tid=' + encodeURIComponent(measurementId) +
      '&cid=' + encodeURIComponent(cid) + '&en=page_view&dl=' + encodeURIComponent(location.href) + '&_p=' + Date.now();
    fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', keepalive: true }).catch(function () {});
  }

  function handle(args) {
    if (args && args[0] === 'config' && typeof args[1] === 'string') config(args[1]);
  }

  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var seen = 0;
  for (; seen < dataLayer.length; seen++) handle(dataLayer[seen]);
  if (loadedId && !dataLayer.some(function (a) { return a && a[0] === 'config'; })) config(loadedId);
  var push = dataLayer.push.bind(dataLayer);
  dataLayer.push = function (args) { handle(args); return push(args); };
})();
