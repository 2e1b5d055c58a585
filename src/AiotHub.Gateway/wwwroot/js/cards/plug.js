// A plug: on/off, the power drawn now, and the energy used today in kWh (GET …/energy?days=1, loaded when on screen).
import { h } from '../dom.js';
import { api, devicePath } from '../api.js';
import { store } from '../store.js';
import { tr, formatQuantity } from '../i18n.js';
import { member, firstMember, currentValue, reading, toggle, facts } from './parts.js';
import { whenVisible } from './lazy.js';

export const plug = {
  kind: 'plug',
  icon: 'plug',
  types: ['outlet', 'plug', 'socket'],
  fits: (profile) => Boolean(power(profile)),
  render(ctx) {
    const profile = ctx.profile;
    const on = power(profile);
    const watts = member(profile, '*', 'electric-power');
    return {
      on: currentValue(ctx.device, on),
      power: toggle(ctx, on, tr('Power', '电源')),
      summary: facts(reading(ctx, on), watts ? reading(ctx, watts) : null),
      body: member(profile, 'power-consumption', 'power-consumption') ? [energyToday(ctx)] : [],
    };
  },
};

const power = (profile) => firstMember(profile, [['switch', 'on'], ['outlet', 'on'], ['*', 'on']]);

function energyToday(ctx) {
  const value = h('span', { class: 'value', dataset: { testid: `${ctx.prefix}energy-today` } }, '—');
  const row = h('div', { class: 'card-row energy-row' }, h('span', { class: 'card-label' }, tr('Energy today', '今日用电')), value);
  // A guest may not read energy; the row then says nothing rather than a wrong zero.
  if (store.role === 'guest') return null;
  whenVisible(row, `energy ${ctx.device.id}`, async () => {
    const answer = await api(`${devicePath(store.home.id, ctx.device.id)}/energy?days=1`);
    const today = (answer?.days ?? []).at(-1);
    return typeof today?.energy === 'number' ? today.energy : null;
  }, (kwh) => { value.textContent = kwh === null ? '—' : formatQuantity(kwh, 'kilowatt-hour', 0.01); });
  return row;
}
