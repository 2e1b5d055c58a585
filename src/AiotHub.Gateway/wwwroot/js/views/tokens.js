// The owner's page: the home's tokens (never their secrets), a new token's secret shown once, revoking.
import { h, formatTime } from '../dom.js';
import { api, homePath, listAll } from '../api.js';
import { store, isOwner } from '../store.js';
import { showApiError } from '../messages.js';

export async function renderTokens(main) {
  if (!isOwner()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, 'Only the home\'s owner manages its tokens.'),
      h('a', { href: '/', 'data-link': true }, 'Back to the home'));
    return;
  }
  const list = h('div', { dataset: { testid: 'token-list' } }, h('p', { class: 'muted' }, 'Loading…'));
  const secret = h('div', { dataset: { testid: 'new-secret' } });
  const name = h('input', { id: 'token-name', required: true, maxlength: 64 });
  const role = h('select', { id: 'token-role' }, ['member', 'guest', 'owner', 'integrator', 'device-maker'].map((r) => h('option', { value: r }, r)));
  const scenes = h('input', { id: 'token-scenes', placeholder: 'good-night, movie' });
  const vendor = h('input', { id: 'token-namespace', placeholder: 'acme' });
  main.replaceChildren(
    h('h1', {}, 'Tokens'),
    h('form', { class: 'card', 'aria-label': 'New token', onsubmit: async (e) => {
      e.preventDefault();
      const body = { name: name.value.trim(), role: role.value };
      const listed = scenes.value.split(',').map((s) => s.trim()).filter(Boolean);
      if (role.value === 'guest' && listed.length) body.scenes = listed;
      if (role.value === 'device-maker') body.namespace = vendor.value.trim();
      try {
        const created = await api(`${homePath(store.home.id)}/tokens`, { method: 'POST', body });
        secret.replaceChildren(h('p', { class: 'notice' }, `Token for ${created.name} (${created.role}) — copy it now, it is shown only once:`),
          h('code', { class: 'secret' }, created.secret));
        name.value = '';
        await fillList(list);
      } catch (error) {
        showApiError('New token', error);
      }
    } },
    h('h2', {}, 'New token'),
    h('label', { for: 'token-name' }, 'Name'), name,
    h('label', { for: 'token-role' }, 'Role'), role,
    h('label', { for: 'token-scenes' }, 'Scenes a guest may run (optional, comma-separated ids)'), scenes,
    h('label', { for: 'token-namespace' }, 'Vendor a device maker uploads models for ("acme" for models "acme.…")'), vendor,
    h('button', { type: 'submit', class: 'primary' }, 'Create token')),
    secret,
    h('section', { class: 'card' }, h('h2', {}, 'Tokens of this home'), list));
  await fillList(list);
}

async function fillList(list) {
  try {
    const tokens = await listAll(`${homePath(store.home.id)}/tokens`);
    list.replaceChildren(h('ul', { class: 'tokens' }, tokens.map((t) => h('li', {},
      h('strong', {}, t.name), ` ${t.role}`, t.namespace ? ` (namespace: ${t.namespace})` : '', t.scenes ? ` (scenes: ${t.scenes.join(', ')})` : '',
      h('span', { class: 'muted' }, ` created ${formatTime(t.created)}${t.lastUsed ? `, last used ${formatTime(t.lastUsed)}` : ''}${t.expiresAt ? `, expires ${formatTime(t.expiresAt)}` : ''}`),
      t.revoked ? h('span', { class: 'muted' }, ' revoked') : h('button', { type: 'button', class: 'danger', onclick: async () => {
        if (!window.confirm(`Revoke ${t.name}? It stops working at once.`)) return;
        try {
          await api(`${homePath(store.home.id)}/tokens/${encodeURIComponent(t.id)}`, { method: 'DELETE' });
          await fillList(list);
        } catch (error) {
          showApiError('Revoke', error);
        }
      } }, 'Revoke')))));
  } catch (error) {
    list.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}
