// Sign-in: paste a token (the owner gets one from first-run setup, others from the owner's
// Tokens page). It is checked against the hub before it is kept.
import { h } from '../dom.js';
import { api, itemsOf } from '../api.js';
import { session } from '../session.js';
import { loadMakerVendors } from '../maker.js';
import { tr } from '../i18n.js';

export function renderSignIn(main, { onSignedIn }) {
  const error = h('p', { class: 'error', role: 'alert', dataset: { testid: 'signin-error' }, hidden: true });
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true,
    placeholder: 'aiot_…', translate: 'no', dataset: { testid: 'token-input' } });
  const button = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'signin' } }, tr('Sign in', '登录'));
  const form = h('form', { class: 'card signin', 'aria-labelledby': 'signin-title', onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    button.disabled = true;
    const token = input.value.trim();
    try {
      const homes = itemsOf(await api('/api/v1/homes', { token }));
      // A device-maker token sees no home: it signs in to the maker's view (its releases, rollouts and feedback).
      if (!homes.length) {
        session.token = token;
        const vendors = await loadMakerVendors().catch((failure) => { session.token = null; throw failure; });
        if (!vendors.length) {
          session.token = null;
          throw new Error(tr('This token has no home to show and makes no devices.', '这个令牌既没有可显示的家庭，也不属于任何设备厂商。'));
        }
      } else {
        session.token = token;
      }
      session.homeId = homes.some((home) => home.id === session.homeId) ? session.homeId : homes[0]?.id ?? null;
      onSignedIn();
    } catch (failure) {
      error.textContent = tr(`Could not sign in: ${failure.message}`, `登录失败：${failure.message}`);
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  } },
  h('h1', { id: 'signin-title' }, tr('Sign in', '登录')),
  h('p', { class: 'muted' }, tr('Paste an access token for this hub. It stays on this device until you sign out.', '粘贴这台网关的访问令牌。令牌会保存在本机，直到你退出登录。')),
  h('label', { for: 'token' }, tr('Access token', '访问令牌')), input, button, error);
  main.replaceChildren(form);
  input.focus();
}
