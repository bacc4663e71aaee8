/*
 * EMULATION of CoMagic's call-tracking script (app.comagic.ru/static/cs.min.js), written for the
 * Consent Auditor lab; not CoMagic code. It writes the first-party cookies named after the site
 * key that sites with CoMagic carry (_cmg_csst<key>: start time in seconds, _comagic_id<key>:
 * "visitor.session.time"; seen in cookie headers of many Russian sites) and reports the visit.
 * Lifetimes (30 minutes and 1 year) are the lab's assumption.
 */
(function () {
  var me = document.currentScript;
  var key = (me && me.getAttribute('data-site-key')) || 'LabKy';
  var now = Math.floor(Date.now() / 1000);
  function num(n) { var s = String(1 + Math.floor(Math.random() * 9)); while (s.length < n) s += Math.floor(Math.random() * 10); return s; }
  document.cookie = '_cmg_csst' + key + '=' + now + '; path=/; max-age=1800';
  if (!new RegExp('(?:^|; )_comagic_id' + key + '=').test(document.cookie)) {
    document.cookie = '_comagic_id' + key + '=' + num(10) + '.' + num(11) + '.' + now + '; path=/; max-age=' + 365 * 24 * 3600;
  }
  fetch('https://tracker.comagic.ru/c/visit?site_key=' + key, { method: 'POST', mode: 'no-cors', credentials: 'include' }).catch(function () {});
})();
