/*
 * EMULATION of Cookiebot's loader (consent.cookiebot.com/uc.js), written for the Consent Auditor
 * lab; not Cookiebot code, and no banner. It does what the auditor relies on: creates the
 * Cookiebot and CookieConsentDialog globals, then loads the site's cc.js
 * (consent.cookiebot.com/<cbid>/cc.js), whose assignments fill CookieConsentDialog.cookieTable*
 * with the site's cookie declaration once that script has loaded, as the real one does.
 */
(function () {
  var me = document.currentScript;
  var cbid = (me && me.getAttribute('data-cbid')) || 'unknown';
  var dialog = {};
  window.CookieConsentDialog = dialog;
  window.Cookiebot = { consent: { necessary: true, preferences: false, statistics: false, marketing: false }, consented: false, declined: false, hasResponse: false, dialog: dialog };
  var s = document.createElement('script');
  s.async = true;
  s.src = 'https://consent.cookiebot.com/' + encodeURIComponent(cbid) + '/cc.js';
  document.head.appendChild(s);
})();
