// A sensor: its primary reading large (temperature, door open/closed, motion, air quality …) with a sparkline of the
// last day, and one or two secondary readings (humidity, battery).
import { h } from '../dom.js';
import { tr } from '../i18n.js';
import { firstMember, reportedValue, reading, facts } from './parts.js';
import { sparkline } from './sparkline.js';

// In order of what a person looks at first.
const Primary = [
  ['magnet-sensor', 'contact-state'], ['motion-sensor', 'motion-state'], ['environment', 'temperature'], ['*', 'temperature'],
  ['environment', 'pm25-density'], ['*', 'illumination'], ['environment', 'relative-humidity'], ['*', 'co2-density'],
];
const Secondary = [['environment', 'relative-humidity'], ['*', 'illumination'], ['battery', 'battery-level']];

// Booleans whose true/false mean something more specific than on/off.
const BooleanWords = {
  'contact-state': (v) => (v ? tr('Closed', '已关闭') : tr('Open', '已打开')),
  'motion-state': (v) => (v ? tr('Motion', '有人移动') : tr('No motion', '无人移动')),
};

export const sensor = {
  kind: 'sensor',
  icon: 'thermometer',
  types: [],
  iconFor: (type) => (type?.startsWith('contact') ? 'door' : type?.startsWith('motion') ? 'motion' : 'thermometer'),
  fitsType: (type) => typeof type === 'string' && type.endsWith('sensor'),
  fits: (profile) => Boolean(firstMember(profile, Primary)),
  render(ctx) {
    const profile = ctx.profile;
    const primary = firstMember(profile, Primary);
    const words = BooleanWords[primary.name];
    const value = reportedValue(ctx.device, primary);
    const secondary = Secondary.map(([service, name]) => firstMember(profile, [[service, name]])).filter((e) => e && e !== primary).slice(0, 2);
    return {
      // A door left open or someone moving is the state worth colour (and the word says it too).
      on: words ? (primary.name === 'contact-state' ? value === false : value === true) : null,
      summary: facts(...secondary.map((e) => [label(e), reading(ctx, e)])),
      body: [h('div', { class: 'primary-reading' },
        reading(ctx, primary, { className: 'big-value', text: words ? (v) => (typeof v === 'boolean' ? words(v) : '—') : undefined }),
        words ? null : sparkline(ctx.device, primary))],
    };
  },
};

const label = (entry) => (entry.name === 'battery-level' ? tr('Battery ', '电量 ') : entry.name === 'relative-humidity' ? tr('Humidity ', '湿度 ') : '');
