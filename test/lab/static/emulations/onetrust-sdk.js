/*
 * EMULATION of OneTrust's SDK stub (cdn.cookielaw.org/scripttemplates/otSDKStub.js), written for
 * the Consent Auditor lab; not OneTrust code, and no banner. Like the real stub it reads its
 * data-domain-script id, fetches that domain's JSON (cdn.cookielaw.org/consent/<id>/<id>.json)
 * and then exposes OneTrust.GetDomainData() with the groups and cookies the
 * site declared, and OneTrust.IsAlertBoxClosed().
 */
(function () {
  var me = document.currentScript;
  var id = (me && me.getAttribute('data-domain-script')) || 'unknown';
  var url = 'https://cdn.cookielaw.org/consent/' + encodeURIComponent(id) + '/' + encodeURIComponent(id) + '.json';
  fetch(url, { credentials: 'omit' })
    .then(function (r) { return r.json(); })
    .then(function (json) {
      var data = json.DomainData;
      window.OneTrust = window.Optanon = {
        GetDomainData: function () { return data; },
        IsAlertBoxClosed: function () { return false; },
      };
    })
    .catch(function () {});
})();
