/*
 * EMULATION of the VK pixel's openapi.js (vk.com/js/api/openapi.js), written for the Consent
 * Auditor lab; not VK code. Only the retargeting part sites use: VK.Retargeting.Init(pixelId)
 * and Hit(), which requests vk.com/rtrg?p=<pixelId> as an image (the snippet's own noscript URL).
 */
(function () {
  var pixel = null;
  window.VK = window.VK || {};
  window.VK.Retargeting = {
    Init: function (id) { pixel = id; },
    Hit: function () {
      if (pixel) new Image().src = 'https://vk.com/rtrg?p=' + encodeURIComponent(pixel) + '&r=' + Math.random();
    },
    Event: function (name) {
      if (pixel) new Image().src = 'https://vk.com/rtrg?p=' + encodeURIComponent(pixel) + '&event=' + encodeURIComponent(name);
    },
  };
})();
