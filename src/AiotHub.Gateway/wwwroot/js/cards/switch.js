// A wall switch: one switch per gang (left, right …), each named by its service in the app's language.
import { h } from '../dom.js';
import { tr, pick } from '../i18n.js';
import { member, currentValue, reading, toggle, writable, facts, plain } from './parts.js';

export const wallSwitch = {
  kind: 'switch',
  icon: 'switch',
  types: ['switch'],
  fits: (profile) => gangs(profile).length > 0,
  render(ctx) {
    const list = gangs(ctx.profile);
    const values = list.map(({ entry }) => currentValue(ctx.device, entry));
    return {
      on: values.some((v) => v === true) ? true : values.every((v) => v === false) ? false : null,
      summary: facts(list.length === 1 ? plain(ctx.device, list[0].entry) : [tr(`${values.filter((v) => v === true).length} of ${list.length} on`,
        `${list.length} 路中 ${values.filter((v) => v === true).length} 路开`)]),
      body: list.map(({ entry, name }) => {
        const control = toggle(ctx, entry, name);
        return h('div', { class: 'card-row switch-row' }, h('label', { class: 'card-label', for: control.id }, name), control,
          h('span', { class: 'card-reading' }, reading(ctx, entry)));
      }),
    };
  },
};

function gangs(profile) {
  return (profile?.services ?? []).map((service) => ({ entry: member(profile, service.name, 'on'), name: pick(service.descriptions, service.description ?? service.name) }))
    .filter(({ entry }) => writable(entry));
}
