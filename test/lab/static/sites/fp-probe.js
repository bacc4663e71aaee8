/*
 * Lab site www.lab-fingerprint.test (Consent Auditor lab, written for it): a home-made browser
 * fingerprinting script using the four techniques the auditor detects. Canvas: text in two colours
 * on a 240x60 canvas, read back with toDataURL by this same script. WebGL: the unmasked vendor and
 * renderer (WEBGL_debug_renderer_info). Audio: an OfflineAudioContext rendered and read back. Fonts:
 * measureText in 60 font families. The hashes are sent to the site's own /fp endpoint.
 */
(function () {
  function hash(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return (h >>> 0).toString(16);
  }
  var result = {};
  var canvas = document.createElement('canvas');
  canvas.width = 240;
  canvas.height = 60;
  var ctx = canvas.getContext('2d');
  ctx.textBaseline = 'top';
  ctx.font = '14px Arial';
  ctx.fillStyle = '#f60';
  ctx.fillRect(125, 1, 62, 20);
  ctx.fillStyle = '#069';
  ctx.fillText('Cwm fjordbank glyphs vext quiz, \ud83d\ude03', 2, 15);
  ctx.fillStyle = 'rgba(102, 204, 0, 0.7)';
  ctx.fillText('Cwm fjordbank glyphs vext quiz, \ud83d\ude03', 4, 17);
  result.canvas = hash(canvas.toDataURL());

  var gl = document.createElement('canvas').getContext('webgl');
  var info = gl && gl.getExtension('WEBGL_debug_renderer_info');
  if (info) result.webgl = hash(String(gl.getParameter(info.UNMASKED_VENDOR_WEBGL)) + gl.getParameter(info.UNMASKED_RENDERER_WEBGL));

  var families = ['Arial', 'Verdana', 'Helvetica', 'Tahoma', 'Trebuchet MS', 'Times New Roman', 'Georgia', 'Garamond', 'Courier New', 'Brush Script MT',
    'Calibri', 'Cambria', 'Candara', 'Consolas', 'Constantia', 'Corbel', 'Segoe UI', 'Lucida Console', 'Lucida Sans', 'Palatino',
    'Book Antiqua', 'Century Gothic', 'Franklin Gothic', 'Gill Sans', 'Impact', 'Comic Sans MS', 'Monaco', 'Menlo', 'Optima', 'Futura',
    'Didot', 'Baskerville', 'Rockwell', 'Copperplate', 'Papyrus', 'Bodoni', 'Helvetica Neue', 'DejaVu Sans', 'DejaVu Serif', 'Liberation Sans',
    'Liberation Serif', 'Ubuntu', 'Cantarell', 'Noto Sans', 'Noto Serif', 'Roboto', 'Open Sans', 'Lato', 'Source Sans Pro', 'Fira Sans',
    'PT Sans', 'PT Serif', 'Droid Sans', 'Droid Serif', 'Oxygen', 'Inter', 'Montserrat', 'Raleway', 'Merriweather', 'Playfair Display'];
  var probe = document.createElement('canvas').getContext('2d');
  var widths = [];
  for (var i = 0; i < families.length; i++) {
    probe.font = '72px "' + families[i] + '", monospace';
    widths.push(probe.measureText('mmmmmmmmmmlli').width);
  }
  result.fonts = hash(widths.join(','));

  var Offline = window.OfflineAudioContext || window.webkitOfflineAudioContext;
  function send() { fetch('/fp', { method: 'POST', body: JSON.stringify(result), keepalive: true }).catch(function () {}); }
  if (!Offline) return send();
  var audio = new Offline(1, 5000, 44100);
  var osc = audio.createOscillator();
  osc.type = 'triangle';
  osc.frequency.value = 10000;
  var comp = audio.createDynamicsCompressor();
  osc.connect(comp);
  comp.connect(audio.destination);
  osc.start(0);
  audio.startRendering().then(function (buffer) {
    var data = buffer.getChannelData(0);
    var sum = 0;
    for (var j = 4500; j < 5000; j++) sum += Math.abs(data[j]);
    result.audio = String(sum);
    send();
  }, send);
})();
