// A curtain: where it is, open / stop / close on the tile; the position slider on the device page.
import { tr } from '../i18n.js';
import { member, action, reading, actionButton, slider, facts, buttons } from './parts.js';

export const curtain = {
  kind: 'curtain',
  icon: 'curtain',
  types: ['curtain', 'blind', 'window-opener', 'airer'],
  fits: (profile) => Boolean(action(profile, '*', 'open') || member(profile, '*', 'target-position')),
  render(ctx, full) {
    const profile = ctx.profile;
    const position = member(profile, '*', 'current-position') ?? member(profile, '*', 'target-position');
    const status = member(profile, '*', 'status');
    const value = ctx.device.properties?.[position?.key]?.reported?.value;
    return {
      on: typeof value === 'number' ? value > 0 : null,
      summary: facts(position ? [tr('Open ', '打开 '), reading(ctx, position)] : null, status ? reading(ctx, status) : null),
      body: [
        buttons([
          actionButton(ctx, action(profile, '*', 'open'), tr('Open', '打开')),
          actionButton(ctx, action(profile, '*', 'stop'), tr('Stop', '暂停')),
          actionButton(ctx, action(profile, '*', 'close'), tr('Close', '关闭')),
        ]),
        full ? slider(ctx, member(profile, '*', 'target-position')) : null,
      ],
    };
  },
};
