// A robot vacuum: what it is doing and its battery; start, pause and back to the dock.
import { tr } from '../i18n.js';
import { member, firstMember, action, reportedValue, reading, actionButton, choice, facts, buttons } from './parts.js';

export const vacuum = {
  kind: 'vacuum',
  icon: 'vacuum',
  types: ['robot-vacuum', 'vacuum', 'mop'],
  fits: (profile) => Boolean(action(profile, '*', 'start-sweep') || action(profile, '*', 'start-clean')),
  render(ctx, full) {
    const profile = ctx.profile;
    const status = firstMember(profile, [['vacuum', 'status'], ['*', 'status']]);
    const battery = member(profile, 'battery', 'battery-level');
    const text = status?.value.list?.find((i) => i.value === reportedValue(ctx.device, status))?.description ?? '';
    const busy = /sweep|clean|return/i.test(text);
    return {
      on: status ? busy : null,
      summary: facts(reading(ctx, status), battery ? [tr('Battery ', '电量 '), reading(ctx, battery)] : null),
      body: [
        buttons([
          busy ? actionButton(ctx, action(profile, '*', 'pause'), tr('Pause', '暂停'))
            : actionButton(ctx, action(profile, '*', 'start-sweep') ?? action(profile, '*', 'start-clean'), tr('Start', '开始清扫')),
          actionButton(ctx, action(profile, '*', 'start-charge'), tr('Dock', '回充')),
        ]),
        full ? choice(ctx, member(profile, 'vacuum', 'fan-level')) : null,
      ],
    };
  },
};
