// A TV, TV box or speaker: power, what is playing, play/pause, volume and mute on the tile; the input source, the
// next/previous track and the app on the device page.
import { h } from '../dom.js';
import { tr } from '../i18n.js';
import { member, firstMember, action, currentValue, reportedValue, reading, toggle, slider, choice, actionButton, facts, buttons } from './parts.js';

export const media = {
  kind: 'media',
  icon: 'tv',
  types: ['television', 'tv-box', 'speaker', 'projector', 'media-player'],
  iconFor: (type) => (type === 'speaker' ? 'speaker' : type === 'tv-box' ? 'box' : 'tv'),
  fits: (profile) => Boolean(member(profile, '*', 'volume') || action(profile, '*', 'play')),
  render(ctx, full) {
    const profile = ctx.profile;
    const power = powerOf(profile);
    const playing = firstMember(profile, [['*', 'playback-state'], ['*', 'playing-state']]);
    const app = member(profile, '*', 'current-app');
    const content = member(profile, '*', 'current-content');
    const isOn = power ? currentValue(ctx.device, power) : true;
    const isPlaying = isPlayingValue(playing, reportedValue(ctx.device, playing));
    const play = action(profile, '*', 'play');
    const pause = action(profile, '*', 'pause');
    return {
      on: power ? isOn : isPlaying,
      power: toggle(ctx, power, tr('Power', '电源')),
      summary: facts(power ? reading(ctx, power) : null, isOn !== false && playing ? reading(ctx, playing) : null,
        isOn !== false && app && reportedValue(ctx.device, app) ? reading(ctx, app) : null,
        full && content && reportedValue(ctx.device, content) ? reading(ctx, content) : null),
      body: [
        buttons([
          full ? actionButton(ctx, action(profile, '*', 'previous'), tr('Previous', '上一首')) : null,
          isPlaying ? actionButton(ctx, pause, tr('Pause', '暂停')) : actionButton(ctx, play, tr('Play', '播放')),
          full && !isPlaying ? actionButton(ctx, pause, tr('Pause', '暂停')) : null,
          full ? actionButton(ctx, action(profile, '*', 'next'), tr('Next', '下一首')) : null,
        ]),
        slider(ctx, member(profile, '*', 'volume'), { iconName: 'speaker' }),
        muteRow(ctx, member(profile, '*', 'mute')),
        full ? choice(ctx, member(profile, '*', 'input-source')) : null,
      ],
    };
  },
};

const powerOf = (profile) => (profile?.services ?? []).map((s) => member(profile, s.name, 'on')).find((e) => e && e.service !== 'speaker') ?? null;

// A value-list's item says "Playing" / "播放中" in English or its value is 1 ("playing" in the MIoT lists).
function isPlayingValue(entry, value) {
  if (!entry || value === undefined) return false;
  const item = entry.value.list?.find((i) => i.value === value);
  return /play/i.test(item?.description ?? '') && !/pause|stop/i.test(item?.description ?? '');
}

function muteRow(ctx, entry) {
  if (!entry) return null;
  const control = toggle(ctx, entry, tr('Mute', '静音'));
  return h('div', { class: 'card-row switch-row' }, h('label', { class: 'card-label', for: control.id }, tr('Mute', '静音')), control,
    h('span', { class: 'card-reading' }, reading(ctx, entry, { text: (v) => (v === true ? tr('Muted', '已静音') : v === false ? tr('Sound on', '有声') : '—') })));
}
