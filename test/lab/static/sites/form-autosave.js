/*
 * Lab site www.lab-recorder.test, a control (Consent Auditor lab, written for it): a quote form
 * that keeps a draft. It listens to typing in the form and saves the whole draft (the form's
 * fields and the terms the visitor is shown) once: one large POST, not a stream of batches.
 */
(function () {
  var dirty = false;
  document.addEventListener('input', function () { dirty = true; }, true);
  document.addEventListener('keydown', function () { dirty = true; }, true);
  setTimeout(function () {
    var form = document.querySelector('form');
    var fields = {};
    if (form) Array.prototype.forEach.call(form.elements, function (el) { if (el.name) fields[el.name] = el.value; });
    var terms = document.getElementById('terms');
    var draft = { fields: fields, dirty: dirty, terms: terms ? terms.textContent : '', savedAt: new Date().toISOString() };
    fetch('https://api.lab-recorder.test/draft', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(draft) }).catch(function () {});
  }, 700);
})();
