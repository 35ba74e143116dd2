// Every <form data-api> posts its fields as JSON to that REST endpoint — the same call any client
// makes, authenticated by the sign-in cookie — then asks live.js to look for the change. The actor
// is whoever signed in; X-Requested-With tells Firebreak the change comes from its own page.
// The page never changes incident state by itself: the workflow applies the signal and the
// timeline shows it.
(function () {
  'use strict';
  const status = document.getElementById('action-status');

  function say(text, isError) {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('is-error', Boolean(isError));
  }

  /** The JSON body: named fields, minus client-only ones and fields gated by an unticked box. */
  function bodyOf(form) {
    const body = {};
    for (const el of form.elements) {
      if (!el.name || el.disabled || 'clientOnly' in el.dataset || el.type === 'checkbox') continue;
      if (el.dataset.sendIf) {
        const gate = form.elements[el.dataset.sendIf];
        if (!gate || !gate.checked) continue;
      }
      const value = el.value.trim();
      if (value !== '') body[el.name] = value;
    }
    return body;
  }

  document.addEventListener('submit', async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.api) return;
    event.preventDefault();
    const submit = form.querySelector('button[type=submit]');
    const what = submit ? submit.textContent.trim() : 'Request';
    const buttons = form.querySelectorAll('button');
    buttons.forEach(b => { b.disabled = true; });
    say(what + '…');
    try {
      const res = await fetch(form.dataset.api, {
        method: form.dataset.method || 'POST',
        headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'firebreak'},
        body: JSON.stringify(bodyOf(form))
      });
      if (res.ok) {
        say(what + ': accepted. The timeline shows it once the workflow has applied it.');
        if (form.hasAttribute('data-reset-on-success')) form.reset();
        if (window.FirebreakLive) window.FirebreakLive.now();
      } else {
        const problem = await res.json().catch(() => ({}));
        say(what + ' refused (' + res.status + '): ' + (problem.detail || res.statusText), true);
      }
    } catch (e) {
      say(what + ' failed: could not reach Firebreak (' + e.message + ')', true);
    } finally {
      buttons.forEach(b => { b.disabled = false; });
    }
  });
})();
