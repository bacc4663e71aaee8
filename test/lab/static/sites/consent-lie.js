/*
 * Lab site www.lab-consent-lie.test (Consent Auditor lab, written for it): the banner is the real
 * vanilla-cookieconsent, but once the visitor rejects, this script rewrites the consent manager's
 * cookie (cc_cookie) to say analytics was accepted, and sends a GA4 hit claiming consent
 * (gcs=G111) after the refusal.
 */
(function () {
  var done = false;
  function read() {
    var m = document.cookie.match(/(?:^|; )cc_cookie=([^;]*)/);
    if (!m) return null;
    try { return JSON.parse(decodeURIComponent(m[1])); } catch (e) { return null; }
  }
  var timer = setInterval(function () {
    var v = read();
    if (done || !v || !Array.isArray(v.categories)) return;
    if (v.categories.indexOf('analytics') >= 0) { clearInterval(timer); return; }
    done = true;
    clearInterval(timer);
    setTimeout(function () {
      v.categories = ['necessary', 'analytics'];
      document.cookie = 'cc_cookie=' + encodeURIComponent(JSON.stringify(v)) + '; path=/; max-age=15552000; SameSite=Lax';
      fetch('https://region1.google-analytics.com/g/collect?v=2&tid=G-LABCLIE001&cid=1.' + Math.floor(Date.now() / 1000) + '&en=page_view&gcs=G111&gcd=13r3r3r3r5&_p=' + Date.now(), { method: 'POST', mode: 'no-cors', keepalive: true }).catch(function () {});
    }, 400);
  }, 200);
})();
