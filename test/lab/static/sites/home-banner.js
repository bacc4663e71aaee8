/*
 * A home-made cookie banner of the kind small Russian and Ukrainian sites write themselves (no
 * CMP product). Text and button labels come from the script tag's data attributes. The choice is
 * kept in the cookie_consent cookie for a year and announced with a "lab-consent" event.
 */
(function () {
  var me = document.currentScript;
  var text = me.getAttribute('data-text');
  var acceptLabel = me.getAttribute('data-accept');
  var rejectLabel = me.getAttribute('data-reject');
  if (/(?:^|; )cookie_consent=/.test(document.cookie)) return;

  function choose(choice) {
    document.cookie = 'cookie_consent=' + choice + '; path=/; max-age=' + 365 * 24 * 3600 + '; SameSite=Lax; Secure';
    banner.remove();
    window.dispatchEvent(new CustomEvent('lab-consent', { detail: choice }));
  }

  var banner = document.createElement('div');
  banner.className = 'cookie-banner';
  banner.style.cssText = 'position:fixed;left:16px;right:16px;bottom:16px;z-index:9999;background:#222;color:#fff;padding:16px;border-radius:8px';
  var p = document.createElement('p');
  p.textContent = text;
  var accept = document.createElement('button');
  accept.type = 'button';
  accept.textContent = acceptLabel;
  accept.onclick = function () { choose('accepted'); };
  var reject = document.createElement('button');
  reject.type = 'button';
  reject.textContent = rejectLabel;
  reject.onclick = function () { choose('rejected'); };
  banner.append(p, accept, ' ', reject);

  if (document.body) document.body.appendChild(banner);
  else document.addEventListener('DOMContentLoaded', function () { document.body.appendChild(banner); });
})();
