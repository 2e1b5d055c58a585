// The fallback for a type no card knows (or a profile without the members its type's card needs): the controls the
// profile implies, as the home page had them — a switch per writable bool, a slider per ranged number, a list per
// value-list, buttons for actions without arguments — at most six, the rest on the device page.
import { h } from '../dom.js';
import { tr } from '../i18n.js';
import { propertiesOf, actionsOf, controlKind, actionButton, propertyRow } from '../controls.js';

const TileControlLimit = 6;

export const generic = {
  kind: 'other',
  icon: 'device',
  types: [],
  fits: () => true,
  render(ctx) {
    const profile = ctx.profile;
    const controls = propertiesOf(profile).filter((p) => controlKind(p) && controlKind(p) !== 'input');
    const actions = actionsOf(profile).filter((a) => a.simple);
    const shown = controls.slice(0, TileControlLimit);
    const readings = propertiesOf(profile).filter((p) => !controlKind(p)).slice(0, 2);
    const more = controls.length - shown.length + Math.max(0, actions.length - 3);
    const on = controls.find((p) => p.name === 'on' && controlKind(p) === 'switch');
    const value = on ? ctx.device.properties?.[on.key]?.reported?.value : undefined;
    return {
      on: typeof value === 'boolean' ? value : null,
      summary: [],
      body: [
        profile ? null : h('p', { class: 'muted' }, ctx.device.status === 'pending'
          ? tr('The hub does not know this model yet.', '中枢还不认识这个型号。') : tr('Loading…', '加载中…')),
        shown.map((entry) => propertyRow(ctx.device, entry, { disabled: ctx.disabled, onSet: ctx.onSet })),
        readings.map((entry) => propertyRow(ctx.device, entry, { disabled: true, onSet: () => {} })),
        actions.length ? h('div', { class: 'actions' }, actions.slice(0, 3).map((a) => actionButton(ctx.device, a, { disabled: ctx.disabled, onCall: ctx.onCall }))) : null,
        more > 0 ? h('a', { class: 'more', href: `/devices/${encodeURIComponent(ctx.device.id)}`, 'data-link': true },
          tr(`${more} more…`, `还有 ${more} 项…`)) : null,
      ],
    };
  },
};
