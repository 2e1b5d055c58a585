// The device maker's view (signed in with a device-maker token; docs/app.md "Firmware"): /maker — its rollouts (status,
// stage, counts, the halt reason) and releases (start a rollout, withdraw, upload a signed release); /maker/rollouts/{id}
// — one rollout's stages, thresholds and timeline with Pause / Resume / Halt / Roll back (views/maker-rollout.js);
// /maker/feedback — reports from homes with the context their owners agreed to send, answering them, and health per
// firmware version (views/maker-feedback.js). A maker sees no home, so there is no live stream: pages ask again.
import { h, formatTime } from '../dom.js';
import { showApiError, showNotice } from '../messages.js';
import { tr, pick } from '../i18n.js';
import { maker, listReleases, listRollouts, withdrawRelease, startRollout, rolloutStatusText, isActive, stageName, sizeText, currentStageName } from '../maker.js';
import { uploadForm } from './maker-upload.js';
import { showFieldErrors, fieldErrors } from './field-errors.js';

export const isMakerPage = (path) => path === '/maker' || path.startsWith('/maker/');

export function makerLinks() {
  return [
    h('a', { href: '/maker', 'data-link': true, dataset: { testid: 'nav-maker' } }, tr('Releases', '固件版本')),
    h('a', { href: '/maker/feedback', 'data-link': true, dataset: { testid: 'nav-maker-feedback' } }, tr('Feedback', '用户反馈')),
  ];
}

export async function renderMaker(main) {
  const rollouts = h('div', { dataset: { testid: 'maker-rollouts' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  const releases = h('div', { dataset: { testid: 'maker-releases' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  const refresh = () => fill(rollouts, releases, refresh);
  main.replaceChildren(h('div', { class: 'maker-page', dataset: { testid: 'maker-page' } },
    h('h1', {}, tr('Firmware of ', '厂商 '), h('span', { translate: 'no' }, maker.vendor), tr('', ' 的固件')),
    h('p', { class: 'muted' }, tr('Upload signed releases for your models and roll them out: first to homes that volunteered as testers, then in stages. The hub halts a rollout by itself when updated devices fail, do not come back or stop answering. You see counts, never a home.',
      '为你的型号上传已签名的固件并分批推送：先推送给自愿成为测试用户的家庭，再分阶段推送。更新后的设备失败、没有重新上线或不再响应时，网关会自动中止推送。你只能看到统计数字，看不到任何家庭。')),
    h('section', { class: 'card', 'aria-labelledby': 'maker-rollouts-title' }, h('h2', { id: 'maker-rollouts-title' }, tr('Rollouts', '推送')), rollouts),
    h('section', { class: 'card', 'aria-labelledby': 'maker-releases-title' }, h('h2', { id: 'maker-releases-title' }, tr('Releases', '固件版本')), releases),
    uploadForm(refresh)));
  await refresh();
}

async function fill(rolloutsTarget, releasesTarget, refresh) {
  let rollouts;
  let releases;
  try {
    [rollouts, releases] = await Promise.all([listRollouts(), listReleases()]);
  } catch (error) {
    releasesTarget.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'maker-error' } }, tr(`Could not load: ${error.message}`, `加载失败：${error.message}`)));
    rolloutsTarget.replaceChildren();
    return;
  }
  rollouts.sort((a, b) => String(b.created ?? b.timeline?.[0]?.time ?? '').localeCompare(String(a.created ?? a.timeline?.[0]?.time ?? '')));
  rolloutsTarget.replaceChildren(rollouts.length === 0
    ? h('p', { class: 'muted', dataset: { testid: 'maker-no-rollouts' } }, tr('No rollouts yet. Start one from a release below.', '还没有推送。可以在下方的固件版本中开始推送。'))
    : h('ul', { class: 'plain-list maker-rollouts' }, rollouts.map((r) => rolloutSummary(r))));
  releases.sort((a, b) => String(b.uploaded ?? '').localeCompare(String(a.uploaded ?? '')));
  releasesTarget.replaceChildren(releases.length === 0
    ? h('p', { class: 'muted', dataset: { testid: 'maker-no-releases' } }, tr('No releases yet.', '还没有固件版本。'))
    : h('ul', { class: 'plain-list maker-releases' }, releases.map((r) => releaseItem(r, rollouts.filter((x) => x.releaseId === r.id), refresh))));
}

function rolloutSummary(r) {
  const totals = (r.stages ?? []).reduce((t, s) => ({ succeeded: t.succeeded + (s.succeeded ?? 0), failed: t.failed + (s.failed ?? 0), devices: t.devices + (s.devices ?? 0) }), { succeeded: 0, failed: 0, devices: 0 });
  return h('li', { class: 'maker-rollout', dataset: { testid: `maker-rollout-${r.id}`, status: r.status } },
    h('a', { href: `/maker/rollouts/${encodeURIComponent(r.id)}`, 'data-link': true },
      h('span', { translate: 'no' }, `${r.model} ${r.version}`)), ' ',
    h('span', { class: `badge rollout-${r.status}`, dataset: { testid: 'rollout-status' } }, rolloutStatusText(r.status)),
    h('p', { class: 'muted' }, currentStageName(r) && isActive(r.status) ? tr(`Stage: ${stageName(currentStageName(r))} · `, `当前阶段：${stageName(currentStageName(r))} · `) : '',
      tr(`${totals.succeeded} updated, ${totals.failed} failed of ${totals.devices} devices so far`, `已有 ${totals.devices} 台设备参与，${totals.succeeded} 台已更新，${totals.failed} 台失败`)),
    r.haltReason ? h('p', { class: 'error', dataset: { testid: 'rollout-halt-reason' } }, tr('Halted: ', '中止原因：'), h('span', { lang: 'en' }, r.haltReason)) : null);
}

function releaseItem(release, rollouts, refresh) {
  const active = rollouts.find((r) => isActive(r.status));
  const withdrawn = Boolean(release.withdrawn);
  const notOffered = !withdrawn && release.offered === false; // its key was revoked
  const notes = pick(release.notes, '');
  return h('li', { class: 'maker-release', dataset: { testid: `maker-release-${release.id}` } },
    h('h3', {}, h('span', { translate: 'no' }, `${release.model} ${release.version}`),
      withdrawn ? h('span', { class: 'badge bad', dataset: { testid: 'release-withdrawn-badge' } }, tr('Withdrawn', '已撤回')) : null,
      notOffered ? h('span', { class: 'badge bad' }, tr('Not offered: its key was revoked', '不再推送：签名密钥已吊销')) : null),
    h('p', { class: 'muted' },
      release.minVersion ? [tr('from ', '适用于 '), h('span', { translate: 'no' }, release.minVersion), tr(' up · ', ' 及以上 · ')] : null,
      sizeText(release.size), ' · ', tr('key ', '密钥 '), h('span', { translate: 'no' }, release.keyId ?? ''), ' · ', formatTime(release.uploaded)),
    notes ? h('p', {}, notes) : null,
    active ? h('p', {}, h('a', { href: `/maker/rollouts/${encodeURIComponent(active.id)}`, 'data-link': true }, tr('Its rollout →', '查看推送 →')))
      : withdrawn || notOffered ? null : releaseActions(release, refresh));
}

function releaseActions(release, refresh) {
  const id = release.id;
  const stages = h('input', { id: `stages-${id}`, value: '10, 50, 100', inputmode: 'numeric', translate: 'no', dataset: { testid: `rollout-stages-${id}`, field: '$.stages' } });
  const soak = h('input', { id: `soak-${id}`, value: '1h', translate: 'no', dataset: { testid: `rollout-soak-${id}`, field: '$.soak' } });
  const form = h('form', { class: 'rollout-form', hidden: true, dataset: { testid: `rollout-form-${id}` }, onsubmit: async (e) => {
    e.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    const body = { stages: stages.value.split(/[,\s]+/).filter(Boolean).map(Number), soak: soak.value.trim() };
    try {
      const rollout = await startRollout(id, body);
      showNotice(tr(`Rollout of ${release.version} started.`, `已开始推送 ${release.version}。`), 'rollout-started');
      history.pushState(null, '', `/maker/rollouts/${encodeURIComponent(rollout.id)}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    } catch (error) {
      if (!showFieldErrors(form, fieldErrors(error))) showApiError(tr('Starting the rollout', '开始推送'), error);
      button.disabled = false;
    }
  } },
  h('p', { class: 'muted' }, tr('First to the testers\' devices, then to these percentages of the other devices, each stage at least the soak time.',
    '先推送给测试用户的设备，再按下面的百分比分批推送给其他设备，每个阶段至少观察一段时间。')),
  h('label', { for: stages.id }, tr('Stages (percent)', '阶段（百分比）')), stages,
  h('label', { for: soak.id }, tr('Soak time per stage (30m, 1h, 1d)', '每个阶段的观察时间（30m、1h、1d）')), soak,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', dataset: { testid: `rollout-start-${id}` } }, tr('Start the rollout', '开始推送')),
    h('button', { type: 'button', onclick: () => { form.hidden = true; open.hidden = false; } }, tr('Cancel', '取消'))));
  const open = h('button', { type: 'button', class: 'primary', dataset: { testid: `rollout-new-${id}` }, onclick: () => { form.hidden = false; open.hidden = true; } }, tr('Roll out…', '推送…'));
  const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': tr('Withdraw the release', '撤回固件版本') },
    h('p', {}, tr('Withdrawn, it is never offered to a device again. Devices that installed it keep it.', '撤回后不会再推送给任何设备；已安装的设备不受影响。')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', dataset: { testid: `release-withdraw-confirm-${id}` }, onclick: async (e) => {
        e.currentTarget.disabled = true;
        try {
          await withdrawRelease(id);
          showNotice(tr(`Withdrew ${release.version}.`, `已撤回 ${release.version}。`), 'release-withdrawn');
          refresh();
        } catch (error) {
          showApiError(tr('Withdrawing the release', '撤回固件版本'), error);
          e.currentTarget.disabled = false;
        }
      } }, tr('Withdraw', '撤回')),
      h('button', { type: 'button', onclick: () => { confirm.hidden = true; } }, tr('Cancel', '取消'))));
  const withdraw = h('button', { type: 'button', class: 'danger', dataset: { testid: `release-withdraw-${id}` }, onclick: () => { confirm.hidden = false; } }, tr('Withdraw…', '撤回…'));
  return h('div', {}, h('div', { class: 'actions' }, open, withdraw), form, confirm);
}
