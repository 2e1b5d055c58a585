// An air conditioner (or another thermostat): power, the room's reading, the target with −/+ and the mode; fan and
// swing on the device page.
import { tr } from '../i18n.js';
import { member, firstMember, currentValue, reading, toggle, stepper, choice, facts, plain } from './parts.js';

export const climate = {
  kind: 'climate',
  icon: 'climate',
  types: ['air-conditioner', 'heater', 'thermostat', 'air-purifier', 'fan', 'humidifier', 'dehumidifier'],
  fits: (profile) => Boolean(main(profile)),
  render(ctx, full) {
    const profile = ctx.profile;
    const service = main(profile).service;
    const power = member(profile, service, 'on');
    const target = member(profile, service, 'target-temperature');
    const mode = member(profile, service, 'mode');
    const room = firstMember(profile, [['environment', 'temperature'], ['*', 'temperature']]);
    const air = firstMember(profile, [['environment', 'pm25-density']]);
    const isOn = currentValue(ctx.device, power);
    return {
      on: isOn,
      power: toggle(ctx, power, tr('Power', '电源')),
      summary: facts(reading(ctx, power), isOn === true && mode ? plain(ctx.device, mode) : null,
        room ? [tr('Room ', '室内 '), reading(ctx, room)] : null, air ? ['PM2.5 ', reading(ctx, air)] : null),
      body: [
        stepper(ctx, target),
        choice(ctx, mode),
        full ? choice(ctx, firstMember(profile, [['fan-control', 'fan-level'], [service, 'fan-level']])) : null,
      ],
    };
  },
};

// The service that carries the appliance's power (air-conditioner.on, air-purifier.on …), with a target or a mode.
function main(profile) {
  for (const service of profile?.services ?? []) {
    const on = member(profile, service.name, 'on');
    if (on && (member(profile, service.name, 'target-temperature') || member(profile, service.name, 'mode'))) return on;
  }
  return null;
}
