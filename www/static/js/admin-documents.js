// /admin/van-ban: checks the number and symbol as it is typed (NĐ 30/2020) by asking the
// server (/admin/van-ban/kiem-tra-so), which answers with the parts or the Vietnamese
// reason; the server checks again on save and is the authority. No inline script (CSP).
(function () {
  'use strict';
  var form = document.getElementById('document-form');
  if (!form) return;
  var url = form.getAttribute('data-check-url');
  var input = document.getElementById('so_ky_hieu');
  var out = document.getElementById('so_ky_hieu-kiem-tra');
  var fields = ['loai', 'co_quan', 'ngay_ban_hanh'].map(function (id) { return document.getElementById(id); });
  var editing = (form.getAttribute('action') || '').match(/\/van-ban\/(\d+)$/);
  var timer = null;
  var serial = 0;

  function show(ok, message) {
    out.textContent = '';
    var span = document.createElement('span');
    span.className = ok ? 'number-ok' : 'field-error';
    span.textContent = message;
    out.appendChild(span);
    input.setAttribute('aria-invalid', ok ? 'false' : 'true');
  }

  function check() {
    if (!input.value.trim()) { out.textContent = ''; input.removeAttribute('aria-invalid'); return; }
    var params = new URLSearchParams();
    params.set('so', input.value);
    if (fields[0] && fields[0].value) params.set('loai', fields[0].value);
    if (fields[1] && fields[1].value) params.set('co_quan', fields[1].value);
    if (fields[2] && fields[2].value) params.set('ngay', fields[2].value);
    if (editing) params.set('id', editing[1]);
    var mine = ++serial;
    fetch(url + '?' + params.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (mine !== serial || !answer) return;
        show(answer.ok, answer.message);
      })
      .catch(function () { /* the server checks again on save */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  }
  input.addEventListener('input', later);
  fields.forEach(function (f) { if (f) f.addEventListener('change', later); });
})();
