/*
 * Lab site www.lab-recorder.test, a control (Consent Auditor lab, written for it): an old-style
 * lazy image loader (a MutationObserver on the body for new images, a scroll listener to load them
 * as they come into view), and a click counter that sends one small analytics ping per page view.
 * It watches the DOM and scrolling but never the pointer, and it sends once: not a recorder.
 */
(function () {
  function load() {
    document.querySelectorAll('img[data-src]').forEach(function (img) {
      if (img.getBoundingClientRect().top < innerHeight + 200) {
        img.src = img.getAttribute('data-src');
        img.removeAttribute('data-src');
      }
    });
  }
  function start() {
    new MutationObserver(load).observe(document.body, { childList: true, subtree: true });
    window.addEventListener('scroll', load, { passive: true });
    load();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  var clicks = 0;
  document.addEventListener('click', function () { clicks++; });
  setTimeout(function () {
    navigator.sendBeacon('https://ping.lazy-lab.test/pv', JSON.stringify({ page: location.pathname, clicks: clicks }));
  }, 500);
})();
