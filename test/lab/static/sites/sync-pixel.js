/*
 * Lab site www.lab-sync.test (Consent Auditor lab, written for it): cookie syncing. The site keeps
 * its own visitor id in a cookie and a token in localStorage, then hands them to two partners: the
 * cookie value in a sync pixel's URL, the storage token base64-encoded inside a JSON POST body.
 * The control sends a random id that nothing stores to a third host.
 */
(function () {
  function hex(n) {
    var a = new Uint8Array(n);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  var m = document.cookie.match(/(?:^|; )lab_vid=([^;]*)/);
  var vid = m ? m[1] : hex(12);
  document.cookie = 'lab_vid=' + vid + '; path=/; max-age=31536000; SameSite=Lax';
  var token = localStorage.getItem('lab_token');
  if (!token) {
    token = crypto.randomUUID();
    localStorage.setItem('lab_token', token);
  }
  setTimeout(function () {
    new Image().src = 'https://sync.adpartner-lab.test/px?partner=labsync&puid=' + encodeURIComponent(vid);
    fetch('https://match.databroker-lab.test/v1/match', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source: 'labsync', payload: btoa(JSON.stringify({ token: token, ts: Date.now() })) }),
    }).catch(function () {});
    // The control: an id that no cookie or storage key holds.
    new Image().src = 'https://cdn.widgets-lab.test/w.gif?r=' + hex(12);
  }, 300);
})();
