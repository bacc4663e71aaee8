/*
 * EMULATION of Top.Mail.Ru's js/code.js, written for the Consent Auditor lab; not VK code.
 * It writes the first-party cookies sites using the counter carry (tmr_lvid: visitor id,
 * tmr_lvidTS: first visit time in ms, tmr_detect) and sends one hit per queued pageView.
 */
(function () {
  var YEAR = 365 * 24 * 3600;
  function hex(n) { var s = ''; while (s.length < n) s += Math.floor(Math.random() * 16).toString(16); return s; }
  function has(name) { return new RegExp('(?:^|; )' + name + '=').test(document.cookie); }
  function put(name, value, maxAge) { document.cookie = name + '=' + value + '; path=/; max-age=' + maxAge + '; SameSite=Lax'; }

  if (!has('tmr_lvid')) { put('tmr_lvid', hex(32), YEAR); put('tmr_lvidTS', String(Date.now()), YEAR); }
  put('tmr_detect', '0%7C' + Date.now(), 24 * 3600);

  function send(item) {
    if (!item || item.type !== 'pageView') return;
    new Image().src = 'https://top-fwz1.mail.ru/tracker?id=' + encodeURIComponent(item.id) + ';e=RG%3A%2F;js=13;_=' + Math.random();
  }
  var queue = window._tmr || [];
  for (var i = 0; i < queue.length; i++) send(queue[i]);
  window._tmr = { push: send };
})();
