/*
 * EMULATION of the Jivo chat widget loader (code.jivo.ru/widget/<id>), written for the Consent
 * Auditor lab; not Jivo code. It writes the first-party cookies sites with Jivo carry, named after
 * the widget id (jv_enter_ts_<id>, jv_visits_count_<id>, jv_refer_<id>, jv_utm_<id>; seen in the
 * cookie headers of many Russian sites), shows a chat button, and reports the visit.
 */
(function () {
  var me = document.currentScript;
  var id = me ? me.src.split('/').pop().split('?')[0] : 'unknown';
  var YEAR = 365 * 24 * 3600;
  function has(name) { return new RegExp('(?:^|; )' + name + '=').test(document.cookie); }
  function put(name, value) { document.cookie = name + '=' + value + '; path=/; max-age=' + YEAR; }

  if (!has('jv_enter_ts_' + id)) put('jv_enter_ts_' + id, String(Date.now()));
  var visits = (document.cookie.match(new RegExp('jv_visits_count_' + id + '=(\\d+)')) || [0, '0'])[1];
  put('jv_visits_count_' + id, String(Number(visits) + 1));
  put('jv_refer_' + id, encodeURIComponent(document.referrer || location.href));
  put('jv_utm_' + id, '');

  fetch('https://code.jivo.ru/widget/visit/' + id, { method: 'POST', mode: 'no-cors', credentials: 'include' }).catch(function () {});
  var button = document.createElement('div');
  button.textContent = 'Чат';
  button.style.cssText = 'position:fixed;right:16px;bottom:16px;background:#0a6;color:#fff;padding:8px 12px;border-radius:16px';
  (document.body || document.documentElement).appendChild(button);
})();
