/*
 * Lab site www.lab-gpc-honours.test (Consent Auditor lab, written for it): the site's analytics
 * (GA4's _ga cookie and a page-view hit, as gtag.js makes them) load only when the visitor's
 * browser does not send Global Privacy Control (https://privacycg.github.io/gpc-spec/).
 */
(function () {
  if (navigator.globalPrivacyControl === true) return;
  var cid = Math.floor(Math.random() * 2147483647) + '.' + Math.floor(Date.now() / 1000);
  document.cookie = '_ga=GA1.1.' + cid + '; max-age=63072000; path=/; SameSite=Lax';
  fetch('https://region1.google-analytics.com/g/collect?v=2&tid=G-LABGPC0001&cid=' + cid + '&en=page_view&dl=' + encodeURIComponent(location.href), { method: 'POST', mode: 'no-cors', keepalive: true }).catch(function () {});
})();
