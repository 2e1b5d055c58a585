// A device's MQTT credentials on its page (owner, member): created, last connected and from where, whether a
// certificate goes with them — never the secret; rotate (the new secret shown once) and revoke.
import { h, formatTime } from '../dom.js';
import { api, devicePath, ApiError } from '../api.js';
import { store } from '../store.js';
import { showApiError } from '../messages.js';

export function credentialsSection(deviceId) {
  const body = h('div', { dataset: { testid: 'credentials-body' } }, h('p', { class: 'muted' }, 'Loading…'));
  const section = h('section', { class: 'card', 'aria-labelledby': 'credentials-title', dataset: { testid: 'credentials' } },
    h('h2', { id: 'credentials-title' }, 'Credentials'), body);
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
      ? 'This device has no credentials of its own: it connects without them from the hub machine. Re-pair it to give it some.'
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
      fact('Status', c.status), fact('From', c.origin), fact('Created', formatTime(c.created)),
      c.rotated ? fact('Rotated', formatTime(c.rotated)) : null, c.revoked ? fact('Revoked', formatTime(c.revoked)) : null,
      fact('Last connected', c.lastConnected ? `${formatTime(c.lastConnected)} from ${c.lastAddress ?? '?'}` : 'never'),
      fact('Certificate', c.certificate ? `until ${formatTime(c.certificateExpires)}` : 'none')),
    secret ? h('div', { dataset: { testid: 'credentials-secret' } },
      h('p', { class: 'notice' }, 'New secret — give it to the device now, it is shown only once; the old one no longer works:'),
      h('code', { class: 'secret' }, secret)) : null,
    c.status === 'revoked' ? repairLink(deviceId) : h('div', { class: 'actions' },
      act('Rotate', 'rotate', 'Give the device a new secret? The old one stops working at once and the device is disconnected.', false),
      act('Revoke', 'revoke', 'Revoke this device\'s credentials? It is disconnected and cannot connect until paired again.', true)));
}

function repairLink(deviceId) {
  return h('button', { type: 'button', dataset: { testid: 'credentials-repair' }, onclick: async () => {
    try {
      const pairing = await api(`/api/v1/homes/${encodeURIComponent(store.home.id)}/pairings`, { method: 'POST', body: { deviceId } });
      window.alert(`Pairing code for ${deviceId}: ${pairing.code} (valid until ${formatTime(pairing.expires)})`);
    } catch (error) {
      showApiError('Re-pair', error);
    }
  } }, 'Re-pair');
}

function fact(label, value) {
  return [h('dt', {}, label), h('dd', {}, value)];
}
