/*
 * EMULATION of Yandex Metrika's tag.js, written for the Consent Auditor lab. It is not Yandex
 * code: it only reproduces what an auditor observes. Cookie names, lifetimes and hosts are facts
 * from https://yandex.com/support/metrica/general/cookie-usage.html and the Open Cookie Database
 * (_ym_uid and _ym_d 1 year, _ym_isad 2 days, _ym_visorc 30 minutes, yandexuid on .yandex.ru).
 * The page keeps the usual queue `ym(COUNTER, 'init', {...})` in window.ym.a before this loads.
 */
(function () {
  var YEAR = 365 * 24 * 3600;
  var queue = (window.ym && window.ym.a) || [];

  // Counters write on the widest domain the browser accepts (the registrable domain).
  function rootDomain() {
    var parts = location.hostname.split('.');
    for (var i = parts.length - 2; i >= 0; i--) {
      var candidate = '.' + parts.slice(i).join('.');
      document.cookie = '_ym_probe=1; path=/; domain=' + candidate;
      if (document.cookie.indexOf('_ym_probe=1') >= 0) {
        document.cookie = '_ym_probe=; path=/; max-age=0; domain=' + candidate;
        return candidate;
      }
    }
    return location.hostname;
  }

  function readCookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? m[1] : null;
  }

  function writeCookie(name, value, maxAge, domain) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + maxAge + '; domain=' + domain + '; SameSite=None; Secure';
  }

  function init(counterId, options) {
    var domain = rootDomain();
    var now = Math.floor(Date.now() / 1000);
    if (!readCookie('_ym_uid')) writeCookie('_ym_uid', String(now) + String(Math.floor(Math.random() * 1e9)), YEAR, domain);
    if (!readCookie('_ym_d')) writeCookie('_ym_d', String(now), YEAR, domain);
    writeCookie('_ym_isad', '2', 2 * 24 * 3600, domain);
    if (options && options.webvisor) writeCookie('_ym_visorc', 'w', 30 * 60, domain);
    try { localStorage.setItem('_ym' + counterId + '_lsid', String(Math.floor(Math.random() * 1e12))); } catch (e) { /* storage blocked */ }
    hit(counterId, 'pageview');
    // clickmap: true makes the real tag report every click (to its /clmap/ endpoint), so a site
    // that loads Metrika regardless of consent keeps reporting after the visitor says no.
    if (options && options.clickmap) {
      document.addEventListener('click', function () {
        var img = new Image();
        img.src = 'https://mc.yandex.ru/clmap/' + counterId + '?page-url=' + encodeURIComponent(location.href) + '&rn=' + Math.floor(Math.random() * 1e9);
        // The tag refreshes its ad-block check flag _ym_isad as it keeps working, a moment after
        // the hit; so on a site that ignores the visitor's "reject", _ym_isad is written again
        // after the refusal although it already existed before it.
        setTimeout(function () { writeCookie('_ym_isad', '2', 2 * 24 * 3600, domain); }, 300);
      }, true);
    }
  }

  // An image hit carries third-party cookies on every browser setting that allows them.
  function hit(counterId, kind) {
    var img = new Image();
    img.src = 'https://mc.yandex.ru/watch/' + counterId + '?wmode=7&page-url=' + encodeURIComponent(location.href) +
      '&charset=utf-8&browser-info=' + encodeURIComponent('ar:1:' + kind + ':1:rn:' + Math.floor(Math.random() * 1e9));
  }

  function ym(counterId, method, arg) {
    if (method === 'init') init(counterId, arg);
    else if (method === 'hit' || method === 'reachGoal') hit(counterId, method);
  }

  window.ym = ym;
  for (var i = 0; i < queue.length; i++) ym.apply(null, queue[i]);
})();
