/*
 * Lab Shop's own first-party script (not third-party code): a cart id cookie asked for 3 years
 * (Chromium stores at most 400 days), and one write each to localStorage and sessionStorage, so the
 * auditor sees script-set cookies and storage with this file's URL as the initiator.
 */
(function () {
  var THREE_YEARS = 3 * 365 * 24 * 3600;
  if (!/(?:^|; )cart_id=/.test(document.cookie)) {
    var id = 'c' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
    document.cookie = 'cart_id=' + id + '; path=/; max-age=' + THREE_YEARS + '; SameSite=Lax; Secure';
  }
  localStorage.setItem('shop_recently_viewed', JSON.stringify(['sku-1042', 'sku-2217']));
  sessionStorage.setItem('shop_checkout_step', '1');
})();
