/*
 * Lab site www.lab-consent-mode.test (Consent Auditor lab, written for it): Google Consent Mode
 * signals as gtag.js sends them on GA4 hits. Before any choice it tells Google everything is granted
 * (gcs=G111, gcd all "t") on region1.google-analytics.com; the control, a correct default-denied
 * hit (gcs=G100, gcd all "p"), goes to www.google-analytics.com.
 */
(function () {
  var cid = Math.floor(Math.random() * 2147483647) + '.' + Math.floor(Date.now() / 1000);
  var base = '/g/collect?v=2&tid=G-LABCMODE01&cid=' + cid + '&en=page_view&dl=' + encodeURIComponent(location.href);
  fetch('https://region1.google-analytics.com' + base + '&gcs=G111&gcd=13t3t3t3t5&_p=' + Date.now(), { method: 'POST', mode: 'no-cors', keepalive: true }).catch(function () {});
  // What the page sees of Global Privacy Control (the CLI's --gpc sets it), for the e2e test.
  fetch('/ping?gpc=' + String(navigator.globalPrivacyControl === true), { keepalive: true }).catch(function () {});
  fetch('https://www.google-analytics.com' + base + '&gcs=G100&gcd=13p3p3p3p5&_p=' + Date.now(), { method: 'POST', mode: 'no-cors', keepalive: true }).catch(function () {});
})();
