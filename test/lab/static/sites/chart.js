/*
 * Lab site www.lab-fingerprint.test, the control (Consent Auditor lab, written for it): a sales
 * chart drawn on a canvas the way chart libraries do (bars, axis labels measured with measureText,
 * a legend, redrawn for an entry animation) and never read back. Not fingerprinting. The time the
 * drawing took is left in window.labChartMs for the overhead bench.
 */
(function () {
  var canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 320;
  canvas.setAttribute('aria-label', 'Monthly sales');
  (document.getElementById('chart') || document.body).appendChild(canvas);
  var ctx = canvas.getContext('2d');
  var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var values = [12, 19, 7, 15, 22, 30, 28, 26, 18, 14, 20, 33];
  var colors = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2'];
  function draw(progress) {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = '12px sans-serif';
    ctx.fillStyle = '#333';
    for (var y = 0; y <= 35; y += 5) {
      var py = 280 - y * 7;
      ctx.fillText(String(y), 30 - ctx.measureText(String(y)).width, py + 4);
      ctx.strokeStyle = '#ddd';
      ctx.beginPath();
      ctx.moveTo(40, py);
      ctx.lineTo(620, py);
      ctx.stroke();
    }
    for (var i = 0; i < months.length; i++) {
      var x = 50 + i * 47;
      var h = values[i] * 7 * progress;
      ctx.fillStyle = colors[i % colors.length];
      ctx.fillRect(x, 280 - h, 32, h);
      ctx.fillStyle = '#333';
      ctx.fillText(months[i], x + 16 - ctx.measureText(months[i]).width / 2, 298);
    }
    ctx.font = 'bold 14px sans-serif';
    ctx.fillText('Monthly sales, thousand EUR', 240, 16);
  }
  var started = performance.now();
  for (var frame = 1; frame <= 60; frame++) draw(frame / 60);
  window.labChartMs = performance.now() - started;
})();
