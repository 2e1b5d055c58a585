// The owner's page: the home's tokens (never their secrets), a new token's secret shown once, revoking.
import { h, formatTime } from '../dom.js';
import { api, homePath, listAll } from '../api.js';
import { store, isOwner } from '../store.js';
import { showApiError } from '../messages.js';
import { tr } from '../i18n.js';
import { Roles, roleName } from '../roles.js';

export async function renderTokens(main) {
  if (!isOwner()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, tr('Only the home\'s owner manages its tokens.', '只有家庭管理员可以管理令牌。')),
      h('a', { href: '/', 'data-link': true }, tr('Back to the home', '返回首页')));
    return;
  }
  const list = h('div', { dataset: { testid: 'token-list' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  const secret = h('div', { dataset: { testid: 'new-secret' } });
  const name = h('input', { id: 'token-name', required: true, maxlength: 64 });
  const role = h('select', { id: 'token-role' }, Roles.map((r) => h('option', { value: r }, roleName(r))));
  const scenes = h('input', { id: 'token-scenes', placeholder: 'good-night, movie', translate: 'no' });
  const vendor = h('input', { id: 'token-namespace', placeholder: 'acme', translate: 'no' });
  main.replaceChildren(
    h('h1', {}, tr('Tokens', '令牌')),
    h('form', { class: 'card', 'aria-label': tr('New token', '新建令牌'), onsubmit: async (e) => {
      e.preventDefault();
      const body = { name: name.value.trim(), role: role.value };
      const listed = scenes.value.split(',').map((s) => s.trim()).filter(Boolean);
      if (role.value === 'guest' && listed.length) body.scenes = listed;
      if (role.value === 'device-maker') body.namespace = vendor.value.trim();
      try {
        const created = await api(`${homePath(store.home.id)}/tokens`, { method: 'POST', body });
        secret.replaceChildren(h('p', { class: 'notice' }, tr(`Token for ${created.name} (${roleName(created.role)}) — copy it now, it is shown only once:`,
          `「${created.name}」的令牌（${roleName(created.role)}）——请立即复制，它只显示这一次：`)),
          h('code', { class: 'secret' }, created.secret));
        name.value = '';
        await fillList(list);
      } catch (error) {
        showApiError(tr('New token', '新建令牌'), error);
      }
    } },
    h('h2', {}, tr('New token', '新建令牌')),
    h('label', { for: 'token-name' }, tr('Name', '名称')), name,
    h('label', { for: 'token-role' }, tr('Role', '角色')), role,
    h('label', { for: 'token-scenes' }, tr('Scenes a guest may run (optional, comma-separated ids)', '访客可执行的场景（选填，填场景编号，用逗号分隔）')), scenes,
    h('label', { for: 'token-namespace' }, tr(['Vendor a device maker uploads models for ("', code('acme'), '" for models "', code('acme.…'), '")'],
      ['设备厂商可上传的型号前缀（填 ', code('acme'), ' 即可上传 ', code('acme.…'), ' 型号）'])), vendor,
    h('button', { type: 'submit', class: 'primary' }, tr('Create token', '创建令牌'))),
    secret,
    h('section', { class: 'card' }, h('h2', {}, tr('Tokens of this home', '本家庭的令牌')), list));
  await fillList(list);
}

// A model prefix in a sentence: a code, not words to translate.
const code = (text) => h('code', { translate: 'no' }, text);

async function fillList(list) {
  try {
    const tokens = await listAll(`${homePath(store.home.id)}/tokens`);
    list.replaceChildren(h('ul', { class: 'tokens' }, tokens.map((t) => h('li', {},
      h('strong', {}, t.name), ` ${roleName(t.role)}`,
      t.namespace ? [tr(' (namespace: ', '（前缀：'), h('span', { translate: 'no' }, t.namespace), tr(')', '）')] : '',
      t.scenes ? [tr(' (scenes: ', '（场景：'), h('span', { translate: 'no' }, t.scenes.join(', ')), tr(')', '）')] : '',
      h('span', { class: 'muted', dataset: { testid: 'token-times' } }, tr(' created ', ' 创建于 '), formatTime(t.created),
        t.lastUsed ? tr(`, last used ${formatTime(t.lastUsed)}`, `，上次使用 ${formatTime(t.lastUsed)}`) : '',
        t.expiresAt ? tr(`, expires ${formatTime(t.expiresAt)}`, `，${formatTime(t.expiresAt)} 到期`) : ''),
      t.revoked ? h('span', { class: 'muted' }, tr(' revoked', ' 已吊销')) : h('button', { type: 'button', class: 'danger', onclick: async () => {
        if (!window.confirm(tr(`Revoke ${t.name}? It stops working at once.`, `吊销「${t.name}」？它会立即失效。`))) return;
        try {
          await api(`${homePath(store.home.id)}/tokens/${encodeURIComponent(t.id)}`, { method: 'DELETE' });
          await fillList(list);
        } catch (error) {
          showApiError(tr('Revoke', '吊销'), error);
        }
      } }, tr('Revoke', '吊销'))))));
  } catch (error) {
    list.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}
