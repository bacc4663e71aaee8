/*
 * Lab site www.lab-recorder.test (Consent Auditor lab, written for it): the page's own content, a
 * table of exchange rates redrawn every 400 ms, so the page changes while it is audited.
 */
(function () {
  var pairs = ['USD/EUR', 'USD/GBP', 'USD/JPY', 'USD/CHF', 'EUR/GBP', 'EUR/JPY'];
  function draw() {
    var box = document.getElementById('rates');
    if (!box) return;
    box.innerHTML = '<table><tr><th>Pair</th><th>Bid</th><th>Ask</th></tr>' + pairs.map(function (p) {
      var bid = (1 + Math.random()).toFixed(4);
      return '<tr><td>' + p + '</td><td>' + bid + '</td><td>' + (Number(bid) + 0.0002).toFixed(4) + '</td></tr>';
    }).join('') + '</table>';
  }
  setInterval(draw, 400);
  draw();
})();
