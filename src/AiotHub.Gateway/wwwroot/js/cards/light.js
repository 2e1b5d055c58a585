// A light: on/off and brightness on the tile; colour temperature, colour (RGB) and mode on the device page.
import { h } from '../dom.js';
import { tr } from '../i18n.js';
import { firstMember, currentValue, reading, toggle, slider, choice, writable, facts, plain } from './parts.js';

export const light = {
  kind: 'light',
  icon: 'light',
  types: ['light', 'lamp', 'bulb'],
  fits: (profile) => writable(on(profile)),
  render(ctx, full) {
    const profile = ctx.profile;
    const power = on(profile);
    const brightness = firstMember(profile, [['light', 'brightness'], ['*', 'brightness']]);
    const isOn = currentValue(ctx.device, power);
    return {
      on: isOn,
      power: toggle(ctx, power, tr('Power', '电源')),
      summary: facts(reading(ctx, power), isOn === true && brightness ? plain(ctx.device, brightness) : null),
      body: [
        slider(ctx, brightness, { iconName: 'light' }),
        full ? slider(ctx, firstMember(profile, [['light', 'color-temperature'], ['*', 'color-temperature']])) : null,
        full ? colour(ctx, firstMember(profile, [['light', 'color'], ['*', 'color']])) : null,
        full ? choice(ctx, firstMember(profile, [['light', 'mode'], ['light', 'color-mode']])) : null,
      ],
    };
  },
};

const on = (profile) => firstMember(profile, [['light', 'on'], ['*', 'on']]);

// An RGB colour (unit "rgb", 0xRRGGBB) as the platform's colour picker.
function colour(ctx, entry) {
  if (!entry || !writable(entry) || entry.value.unit !== 'rgb') return null;
  const value = currentValue(ctx.device, entry);
  const hex = `#${(typeof value === 'number' ? value : 0xffffff).toString(16).padStart(6, '0')}`;
  const id = `${ctx.prefix}k-${ctx.device.id}-colour`.replace(/[^A-Za-z0-9_-]/g, '_');
  return h('div', { class: 'card-row colour-row' },
    h('label', { class: 'card-label', for: id }, tr('Colour', '颜色')),
    h('input', { type: 'color', id, value: hex, disabled: ctx.disabled, dataset: { testid: `${ctx.prefix}control-${entry.key}` },
      onchange: (e) => ctx.onSet(entry.key, Number.parseInt(e.target.value.slice(1), 16)) }),
    h('span', { class: 'card-reading' }, reading(ctx, entry)));
}
