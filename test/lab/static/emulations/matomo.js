/*
 * EMULATION of Matomo's matomo.js, written for the Consent Auditor lab; not Matomo code (the
 * tracker script ships with the Matomo server, not on npm). It runs the window._paq commands the
 * @datapunt/matomo-tracker-js wrapper pushed and sets the first-party cookies documented at
 * https://matomo.org/faq/general/faq_146/ : _pk_id.<siteId>.<hash> (13 months) and
 * _pk_ses.<siteId>.<hash> (30 minutes), then sends the page view to the tracker URL.
 */
(function () {
  var trackerUrl = null;
  var siteId = null;
  function hash4(text) {
    var h = 0;
    for (var i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
    return (h & 0xffff).toString(16).padStart(4, '0');
  }
  function cookieSuffix() { return siteId + '.' + hash4(location.hostname + '/'); }
  function read(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name.replace(/\./g, '\\.') + '=([^;]*)'));
    return m ? m[1] : null;
  }
  function pageView() {
    if (!trackerUrl || siteId === null) return;
    var now = Math.floor(Date.now() / 1000);
    var idName = '_pk_id.' + cookieSuffix();
    var visitor = read(idName);
    if (!visitor) {
      var hex = '';
      while (hex.length < 16) hex += Math.floor(Math.random() * 16).toString(16);
      visitor = hex + '.' + now;
    }
    document.cookie = idName + '=' + visitor + '; path=/; max-age=' + 395 * 24 * 3600 + '; SameSite=Lax';
    document.cookie = '_pk_ses.' + cookieSuffix() + '=1; path=/; max-age=1800; SameSite=Lax';
    var url = trackerUrl + '?idsite=' + siteId + '&rec=1&_id=' + visitor.split('.')[0] + '&url=' + encodeURIComponent(location.href) + '&rand=' + Math.random();
    fetch(url, { method: 'POST', mode: 'no-cors', keepalive: true }).catch(function () {});
  }
  function run(cmd) {
    if (!cmd || !cmd.length) return;
    if (cmd[0] === 'setTrackerUrl') trackerUrl = cmd[1];
    else if (cmd[0] === 'setSiteId') siteId = cmd[1];
    else if (cmd[0] === 'trackPageView') pageView();
  }
  var queue = window._paq || [];
  for (var i = 0; i < queue.length; i++) run(queue[i]);
  window._paq = { push: function () { for (var j = 0; j < arguments.length; j++) run(arguments[j]); } };
})();
