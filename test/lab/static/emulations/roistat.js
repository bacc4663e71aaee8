/*
 * EMULATION of Roistat's site counter (cloud.roistat.com/api/site/1.0/<project>/init), written
 * for the Consent Auditor lab; not Roistat code. It writes the first-party cookies seen on sites
 * that use Roistat (roistat_visit, roistat_first_visit, roistat_visit_cookie_expire) and reports
 * the visit. The lifetime used (2 weeks) is the lab's assumption.
 */
(function () {
  var LIFETIME = 14 * 24 * 3600;
  var project = window.roistatProjectId || 'unknown';
  var m = document.cookie.match(/(?:^|; )roistat_visit=(\d+)/);
  var visit = m ? m[1] : String(100000 + Math.floor(Math.random() * 900000));
  function put(name, value) { document.cookie = name + '=' + value + '; path=/; max-age=' + LIFETIME + '; SameSite=Lax'; }
  put('roistat_visit', visit);
  if (!/(?:^|; )roistat_first_visit=/.test(document.cookie)) put('roistat_first_visit', visit);
  put('roistat_visit_cookie_expire', String(LIFETIME));
  fetch('https://cloud.roistat.com/api/site/1.0/' + project + '/visit?v=' + visit, { method: 'POST', mode: 'no-cors', credentials: 'include' }).catch(function () {});
})();
