// Sign-in: paste a token (the owner gets one from first-run setup, others from the owner's
// Tokens page). It is checked against the hub before it is kept.
import { h } from '../dom.js';
import { api, itemsOf } from '../api.js';
import { session } from '../session.js';

export function renderSignIn(main, { onSignedIn }) {
  const error = h('p', { class: 'error', role: 'alert', dataset: { testid: 'signin-error' }, hidden: true });
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true,
    placeholder: 'aiot_…', dataset: { testid: 'token-input' } });
  const button = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'signin' } }, 'Sign in');
  const form = h('form', { class: 'card signin', 'aria-labelledby': 'signin-title', onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    button.disabled = true;
    const token = input.value.trim();
    try {
      const homes = itemsOf(await api('/api/v1/homes', { token }));
      if (!homes.length) throw new Error('This token has no home to show (a device-maker token manages profiles only).');
      session.token = token;
      session.homeId = homes.some((home) => home.id === session.homeId) ? session.homeId : homes[0].id;
      onSignedIn();
    } catch (failure) {
      error.textContent = `Could not sign in: ${failure.message}`;
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  } },
  h('h1', { id: 'signin-title' }, 'Sign in'),
  h('p', { class: 'muted' }, 'Paste an access token for this hub. It stays on this device until you sign out.'),
  h('label', { for: 'token' }, 'Access token'), input, button, error);
  main.replaceChildren(form);
  input.focus();
}
