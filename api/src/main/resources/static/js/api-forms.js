// Every <form data-api> posts its fields as JSON to that REST endpoint — the same call any client
// makes — with the name from "Acting as" as the actor, then asks live.js to look for the change.
// The page never changes incident state by itself: the workflow applies the signal and the
// timeline shows it.
(function () {
  'use strict';
  const ACTOR_KEY = 'firebreak.actor';
  const actorInput = document.getElementById('actor-name');
  const status = document.getElementById('action-status');

  if (actorInput) {
    actorInput.value = localStorage.getItem(ACTOR_KEY) || '';
    actorInput.addEventListener('input', () => localStorage.setItem(ACTOR_KEY, actorInput.value.trim()));
  }

  function say(text, isError) {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('is-error', Boolean(isError));
  }

  /** The JSON body: named fields, minus client-only ones and fields gated by an unticked box. */
  function bodyOf(form, actor) {
    const body = {};
    body[form.dataset.actorField || 'actor'] = actor;
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
    const actor = actorInput ? actorInput.value.trim() : '';
    if (!actor) {
      say('Enter your name in “Acting as” first: it is recorded with the action.', true);
      if (actorInput) actorInput.focus();
      return;
    }
    const submit = form.querySelector('button[type=submit]');
    const what = submit ? submit.textContent.trim() : 'Request';
    const buttons = form.querySelectorAll('button');
    buttons.forEach(b => { b.disabled = true; });
    say(what + '…');
    try {
      const res = await fetch(form.dataset.api, {
        method: form.dataset.method || 'POST',
        headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify(bodyOf(form, actor))
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
