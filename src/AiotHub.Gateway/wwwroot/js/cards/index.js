// Device cards by type (docs/app.md "Device cards"): the profile's device type picks a card, and the card checks the
// profile has the well-known members it needs (a light's on, a thermostat's target …); anything else — an unknown
// type, or a profile without those members — gets the generic controls. A card renders as a home-page tile (the one
// or two things that matter) or, on the device page, in full above the list of every property.
import { h } from '../dom.js';
import { tr } from '../i18n.js';
import { store, canControl, profileOf } from '../store.js';
import { setProperty, callAction } from '../commands.js';
import { icon } from '../icons.js';
import { light } from './light.js';
import { climate } from './climate.js';
import { curtain } from './curtain.js';
import { media } from './media.js';
import { sensor } from './sensor.js';
import { plug } from './plug.js';
import { vacuum } from './vacuum.js';
import { wallSwitch } from './switch.js';
import { generic } from './generic.js';

const Cards = [light, climate, curtain, media, sensor, plug, vacuum, wallSwitch];

/** The kinds a person filters the home by, in the order the filter lists them. */
export const Kinds = [
  { kind: 'light', name: () => tr('Lights', '灯') },
  { kind: 'climate', name: () => tr('Climate', '空调与空气') },
  { kind: 'curtain', name: () => tr('Curtains', '窗帘') },
  { kind: 'media', name: () => tr('Media', '影音') },
  { kind: 'sensor', name: () => tr('Sensors', '传感器') },
  { kind: 'plug', name: () => tr('Plugs', '插座') },
  { kind: 'vacuum', name: () => tr('Vacuums', '扫地机') },
  { kind: 'switch', name: () => tr('Switches', '开关') },
  { kind: 'other', name: () => tr('Other', '其他') },
];

/** The card for a device (generic when its type is unknown or its profile lacks the members). */
export function cardOf(device, profile = profileOf(device)) {
  if (!profile) return generic;
  const type = profile.type ?? device.type;
  const card = Cards.find((c) => c.types.includes(type) || c.fitsType?.(type));
  return card && card.fits(profile) ? card : generic;
}

const iconOf = (card, device, profile) => card.iconFor?.(profile?.type ?? device.type) ?? (card === climate && /purifier|fan/.test(profile?.type ?? '') ? 'fan' : card.icon);

function contextFor(device, profile, prefix, rerender) {
  const offline = device.availability?.state === 'offline';
  return {
    device, profile, prefix,
    disabled: !canControl() || offline,
    onSet: (key, value) => setProperty(device, key, value, rerender),
    onCall: (key, args) => callAction(device, key, args),
  };
}

/** A home-page tile: icon, name, the state in words, a power switch where there is one, and the card's controls. */
export function renderTile(device, rerender) {
  const profile = profileOf(device);
  const card = cardOf(device, profile);
  const ctx = contextFor(device, profile, '', rerender);
  const offline = device.availability?.state === 'offline';
  const view = card.render(ctx, false);
  const name = device.name ?? device.id;
  if (view.power) view.power.setAttribute('aria-label', `${tr('Power', '电源')}: ${name}`);
  const state = view.on === true ? 'on' : view.on === false ? 'off' : 'unknown';
  return h('article', { class: `tile card-${card.kind} is-${state}${offline ? ' offline' : ''}${canControl() ? '' : ' read-only'}`,
    'aria-labelledby': `t-${device.id}`, dataset: { testid: `tile-${device.id}`, availability: device.availability?.state ?? 'unknown', card: card.kind, state } },
  h('header', { class: 'tile-head' },
    h('span', { class: 'tile-icon' }, icon(iconOf(card, device, profile))),
    h('div', { class: 'tile-title' },
      h('h3', { id: `t-${device.id}` }, h('a', { href: `/devices/${encodeURIComponent(device.id)}`, 'data-link': true }, name)),
      h('p', { class: 'tile-summary' }, badge(device, offline), view.summary)),
    view.power ?? null),
  h('div', { class: 'tile-body' }, view.body));
}

function badge(device, offline) {
  if (offline) return h('span', { class: 'badge bad', dataset: { testid: 'availability' } }, tr('Offline', '离线'));
  if (device.status === 'pending') return h('span', { class: 'badge', dataset: { testid: 'availability' } }, tr('Unknown model', '未知型号'));
  return null;
}

/** The card in full for the top of the device page (null for the generic card: the property list below is it). */
export function renderCardSection(device, rerender) {
  const profile = profileOf(device);
  const card = cardOf(device, profile);
  if (card === generic) return null;
  const view = card.render(contextFor(device, profile, 'card-', rerender), true);
  const state = view.on === true ? 'on' : view.on === false ? 'off' : 'unknown';
  return h('section', { class: `card device-card card-${card.kind} is-${state}`, 'aria-label': tr('Controls', '控制'), dataset: { testid: 'device-card', card: card.kind } },
    h('div', { class: 'tile-head' }, h('span', { class: 'tile-icon' }, icon(iconOf(card, device, profile))),
      h('p', { class: 'tile-summary' }, view.summary), view.power ?? null),
    h('div', { class: 'tile-body' }, view.body));
}
