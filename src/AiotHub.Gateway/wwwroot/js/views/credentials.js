// A device's MQTT credentials on its page (owner, member): created, last connected and from where, whether a
// certificate goes with them — never the secret; rotate (the new secret shown once) and revoke.
import { h, formatTime } from '../dom.js';
import { api, devicePath, ApiError } from '../api.js';
import { store } from '../store.js';
import { showApiError } from '../messages.js';
import { tr } from '../i18n.js';

export function credentialsSection(deviceId) {
  const body = h('div', { dataset: { testid: 'credentials-body' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  const section = h('section', { class: 'card', 'aria-labelledby': 'credentials-title', dataset: { testid: 'credentials' } },
    h('h2', { id: 'credentials-title' }, tr('Credentials', '设备凭据')), body);
  fill(body, deviceId);
  return section;
}

async function fill(body, deviceId, secret = null) {
  const path = `${devicePath(store.home.id, deviceId)}/credentials`;
  let c;
  try {
    c = await api(path);
  } catch (error) {
    body.replaceChildren(h('p', { class: 'muted' }, error instanceof ApiError && error.status === 404
      ? tr('This device has no credentials of its own: it connects without them from the hub machine. Re-pair it to give it some.',
        '这个设备没有自己的凭据：它在网关所在的机器上免凭据连接。重新配对即可为它生成凭据。')
      : error.message), repairLink(deviceId));
    return;
  }
  const act = (label, verb, confirmText, danger) => h('button', { type: 'button', class: danger ? 'danger' : '', dataset: { testid: `credentials-${verb}` }, onclick: async () => {
    if (!window.confirm(confirmText)) return;
    try {
      const answer = await api(`${path}/${verb}`, { method: 'POST' });
      await fill(body, deviceId, verb === 'rotate' ? answer.password : null);
    } catch (error) {
      showApiError(label, error);
    }
  } }, label);
  body.replaceChildren(
    h('dl', { class: 'facts' },
      fact(tr('Status', '状态'), statusText(c.status)), fact(tr('From', '来源'), originText(c.origin)), fact(tr('Created', '创建时间'), formatTime(c.created)),
      c.rotated ? fact(tr('Rotated', '更换时间'), formatTime(c.rotated)) : null, c.revoked ? fact(tr('Revoked', '吊销时间'), formatTime(c.revoked)) : null,
      fact(tr('Last connected', '上次连接'), c.lastConnected
        ? tr(`${formatTime(c.lastConnected)} from ${c.lastAddress ?? '?'}`, `${formatTime(c.lastConnected)}，来自 ${c.lastAddress ?? '?'}`)
        : tr('never', '从未连接')),
      fact(tr('Certificate', '证书'), c.certificate ? tr(`until ${formatTime(c.certificateExpires)}`, `有效期至 ${formatTime(c.certificateExpires)}`) : tr('none', '无'))),
    secret ? h('div', { dataset: { testid: 'credentials-secret' } },
      h('p', { class: 'notice' }, tr('New secret — give it to the device now, it is shown only once; the old one no longer works:', '新密钥——请立即交给设备，它只显示这一次；旧密钥已失效：')),
      h('code', { class: 'secret' }, secret)) : '', // replaceChildren writes a null as the text "null"
    c.status === 'revoked' ? repairLink(deviceId) : h('div', { class: 'actions' },
      act(tr('Rotate', '更换密钥'), 'rotate', tr('Give the device a new secret? The old one stops working at once and the device is disconnected.',
        '为设备生成新密钥？旧密钥立即失效，设备会断开连接。'), false),
      act(tr('Revoke', '吊销'), 'revoke', tr('Revoke this device\'s credentials? It is disconnected and cannot connect until paired again.',
        '吊销这个设备的凭据？设备会断开连接，重新配对前无法再连接。'), true)));
}

function repairLink(deviceId) {
  return h('button', { type: 'button', dataset: { testid: 'credentials-repair' }, onclick: async () => {
    try {
      const pairing = await api(`/api/v1/homes/${encodeURIComponent(store.home.id)}/pairings`, { method: 'POST', body: { deviceId } });
      window.alert(tr(`Pairing code for ${deviceId}: ${pairing.code} (valid until ${formatTime(pairing.expires)})`,
        `${deviceId} 的配对码：${pairing.code}（有效期至 ${formatTime(pairing.expires)}）`));
    } catch (error) {
      showApiError(tr('Re-pair', '重新配对'), error);
    }
  } }, tr('Re-pair', '重新配对'));
}

// The API's words for a credential's state and origin (docs/api.md "Device credentials"), as the user reads them.
function statusText(status) {
  const words = { active: tr('active', '有效'), revoked: tr('revoked', '已吊销') };
  return words[status] ?? status;
}

function originText(origin) {
  const words = { pairing: tr('pairing', '配对'), provisioning: tr('provisioning', '批量预置'), demo: tr('demo', '演示') };
  return words[origin] ?? origin;
}

function fact(label, value) {
  return [h('dt', {}, label), h('dd', {}, value)];
}
