// Taking a test: each answer is saved as soon as it is given (POST JSON with the session's CSRF header); the server
// refuses answers after the deadline and says why, which is shown as it comes. The countdown is only a guide.
(function () {
  'use strict';
  var paper = document.getElementById('paper');
  if (!paper) { return; }
  var url = paper.getAttribute('data-url');
  var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
  try {
    var extra = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
    Object.keys(extra).forEach(function (k) { headers[k] = extra[k]; });
  } catch (e) { /* no CSRF header: the server answers 403 */ }
  var error = document.getElementById('answer-error');

  function answerOf(fieldset) {
    var letters = [];
    fieldset.querySelectorAll('input:checked').forEach(function (i) { letters.push(i.value); });
    return letters.sort().join('');
  }

  var sequence = {};

  function save(fieldset) {
    var answer = answerOf(fieldset);
    var note = fieldset.querySelector('.saved');
    var position = fieldset.getAttribute('data-position');
    if (!answer) { return; }
    if (fieldset.getAttribute('data-kind') === 'MULTIPLE' && answer.length < 2) {
      note.textContent = paper.getAttribute('data-pick-more');
      return;
    }
    var mine = (sequence[position] || 0) + 1;
    sequence[position] = mine;
    fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: JSON.stringify({ position: Number(fieldset.getAttribute('data-position')), answer: answer }) })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) { return { ok: r.ok, body: body }; });
      })
      .then(function (res) {
        if (sequence[position] !== mine) { return; }
        if (res.ok) {
          note.textContent = paper.getAttribute('data-saved');
          error.hidden = true;
        } else {
          note.textContent = paper.getAttribute('data-failed');
          error.textContent = res.body.detail || paper.getAttribute('data-failed');
          error.hidden = false;
        }
      })
      .catch(function () {
        note.textContent = paper.getAttribute('data-failed');
      });
  }

  paper.addEventListener('change', function (event) {
    var fieldset = event.target.closest('fieldset.question');
    if (fieldset) { save(fieldset); }
  });

  var deadline = Number(document.getElementById('deadline').getAttribute('data-deadline'));
  var remaining = document.getElementById('remaining');
  function tick() {
    var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
    var m = Math.floor(left / 60);
    var s = left % 60;
    remaining.textContent = remaining.getAttribute('data-label') + ' ' + m + ':' + (s < 10 ? '0' : '') + s;
    if (left > 0) { setTimeout(tick, 1000); }
  }
  tick();
}());
