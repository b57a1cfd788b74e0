// The bakeoff UI. Every string from the server or the user reaches the page through textContent or
// attribute setters, never through innerHTML, so nothing a user typed can become markup.
'use strict';

const TOKEN = document.querySelector('meta[name="bakeoff-token"]').content;
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k in e && typeof v === 'boolean') e[k] = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c)));
  return e;
}

async function api(method, path, body) {
  const opts = { method, headers: {} };
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(body);
  }
  if (method !== 'GET') opts.headers['X-Bakeoff-Token'] = TOKEN;
  const res = await fetch(path, opts);
  const data = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

function num(v) {
  if (v == null || Number.isNaN(v)) return 'n/a';
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en-US');
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

function duration(s) {
  s = Math.max(0, Math.round(s));
  return s >= 60 ? Math.floor(s / 60) + ' min ' + (s % 60) + ' s' : s + ' s';
}

// ---- tabs
function show(tab) {
  for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('active', b.dataset.tab === tab);
  for (const p of document.querySelectorAll('.panel')) p.hidden = p.id !== 'panel-' + tab;
  if (tab === 'history' || tab === 'compare') loadHistory();
}

// ---- the profile form
let priorities = [];

function profileYaml() {
  const q = JSON.stringify;
  const lines = ['name: ' + q($('f-name').value || 'My project'), 'description: ' + q($('f-description').value)];
  lines.push('workload:', '  concurrent_connections: ' + (parseInt($('f-connections').value, 10) || 1),
    '  realtime: ' + $('f-realtime').value, '  cpu_heavy_share: ' + (parseFloat($('f-cpu').value) || 0),
    '  ml: ' + $('f-ml').value, '  data_processing: ' + $('f-data').value, '  database: ' + $('f-database').value);
  const team = [];
  const skills = ['javascript', 'python', 'java'].filter((l) => $('f-skill-' + l).value !== '')
    .map((l) => l + ': ' + Math.min(5, Math.max(0, parseInt($('f-skill-' + l).value, 10) || 0)));
  if (skills.length) team.push('  skills: {' + skills.join(', ') + '}');
  if ($('f-frontend').value) team.push('  frontend: ' + $('f-frontend').value);
  if ($('f-beginners').checked) team.push('  beginners: true');
  if (team.length) lines.push('team:', ...team);
  const set = priorities.filter((p) => (parseInt($('p-' + p).value, 10) || 0) > 0);
  if (set.length) lines.push('priorities:', ...set.map((p) => '  ' + p + ': ' + parseInt($('p-' + p).value, 10)));
  return lines.join('\n') + '\n';
}

function refreshYaml() { $('profile-yaml').textContent = profileYaml(); }

function fillProfile(p) {
  $('f-name').value = p.name || 'My project';
  $('f-description').value = p.description || '';
  $('f-connections').value = p.workload.concurrentConnections;
  $('f-realtime').value = p.workload.realtime;
  $('f-cpu').value = p.workload.cpuHeavyShare;
  $('f-ml').value = p.workload.ml;
  $('f-data').value = p.workload.dataProcessing;
  $('f-database').value = p.workload.database || 'none';
  for (const l of ['javascript', 'python', 'java']) {
    $('f-skill-' + l).value = p.team.skills[l] != null ? p.team.skills[l] : '';
  }
  $('f-frontend').value = p.where && p.where['team.frontend'] ? p.team.frontend : '';
  $('f-beginners').checked = !!p.team.beginners;
  for (const name of priorities) $('p-' + name).value = p.priorities[name] || 0;
  refreshYaml();
}

async function describe() {
  const text = $('describe-text').value;
  $('describe-status').textContent = 'reading…';
  try {
    const d = await api('POST', '/api/describe', { text });
    const hits = $('describe-hits');
    hits.replaceChildren();
    if (!d.hits.length) hits.append(el('li', { class: 'muted' }, 'No phrase matched; every field keeps its default.'));
    for (const h of d.hits) {
      const fields = Object.entries(h.fields).map(([k, v]) => k + ' = ' + v).join(', ');
      hits.append(el('li', {}, '“', el('code', {}, h.matched), '” → ' + fields + (h.note ? ' (' + h.note + ')' : '')));
    }
    fillProfile(d.profile);
    $('describe-status').textContent = d.hits.length + ' phrase(s) matched; the fields below are filled in';
  } catch (e) {
    $('describe-status').textContent = e.message;
  }
}

async function loadOptions() {
  const o = await api('GET', '/api/options');
  priorities = o.priorities;
  $('f-priorities').replaceChildren(...o.priorities.map((p) =>
    el('label', {}, p.replace(/_/g, ' '), el('input', { id: 'p-' + p, type: 'number', min: '0', max: '5', value: '0' }))));
  $('preset').replaceChildren(...o.presets.map((p) => el('option', { value: p }, p)));
  $('stacks').replaceChildren(...o.stacks.map((s) => el('label', {},
    el('input', { type: 'checkbox', name: 'stack', value: s.name, checked: true }),
    s.name, el('span', { class: 'desc' }, s.language + ' · ' + s.framework))));
  $('workloads').replaceChildren(...o.workloads.map((w) => el('label', {},
    el('input', { type: 'checkbox', name: 'workload', value: w.id, checked: true }),
    w.id, el('span', { class: 'desc' }, w.description))));
  for (const i of document.querySelectorAll('#profile-form input, #profile-form select, #f-priorities input')) {
    i.addEventListener('input', refreshYaml);
  }
  for (const i of document.querySelectorAll('#preset, #stacks input, #workloads input')) {
    i.addEventListener('change', scheduleEstimate);
  }
  refreshYaml();
  estimate();
}

// ---- the estimate before Start: the run engine's own plan and estimate for this choice
let estimateTimer = null;

function choice() {
  const checked = (name) => [...document.querySelectorAll('input[name="' + name + '"]:checked')].map((i) => i.value);
  return { preset: $('preset').value, stacks: checked('stack'), workloads: checked('workload') };
}

function scheduleEstimate() {
  clearTimeout(estimateTimer);
  estimateTimer = setTimeout(estimate, 150);
}

async function estimate() {
  try {
    const e = await api('POST', '/api/plan', choice());
    $('estimate').textContent = 'Plan: ' + e.totalSteps + ' steps (' + e.stacks.length + ' stacks × ' +
      e.workloads.length + ' workloads, preset ' + e.preset + '), about ' + duration(e.estimatedSeconds) + '.';
  } catch (err) {
    $('estimate').textContent = 'Cannot plan this: ' + err.message;
  }
}

async function start() {
  $('start-error').hidden = true;
  $('start').disabled = true;
  try {
    await api('POST', '/api/runs', Object.assign({ profile: profileYaml() }, choice()));
    show('live');
    watch();
  } catch (e) {
    $('start-error').textContent = e.message;
    $('start-error').hidden = false;
  } finally {
    $('start').disabled = false;
  }
}

// ---- live
let source = null;

function watch() {
  if (source) source.close();
  source = new EventSource('/api/live');
  source.onmessage = (ev) => {
    const s = JSON.parse(ev.data);
    render(s);
    if (!going(s)) { source.close(); source = null; }
  };
}

function going(s) { return s.state === 'running' || s.state === 'cancelling' || s.state === 'reporting'; }

const STATE_WORDS = { running: 'running', cancelling: 'cancelling…', reporting: 'writing the report' };

function render(s) {
  $('live-idle').hidden = s.state !== 'idle';
  $('live-box').hidden = s.state === 'idle';
  if (s.state === 'idle') return;
  const going = s.state === 'running';
  $('cancel').hidden = !going;
  if (s.state === 'cancelled') $('cancel-status').textContent = 'Cancelled: the app was stopped and the run is stored as incomplete (no report).';
  else if (s.state !== 'cancelling') $('cancel-status').textContent = '';
  $('live-state').textContent = STATE_WORDS[s.state] || s.state + ' in ' + duration(s.elapsedSeconds);
  for (const id of ['live-step', 'live-rate', 'live-p99', 'live-eta']) $(id).parentElement.hidden = !going;
  const st = s.step;
  $('live-step').textContent = st ? st.stack + ' · ' + st.workload + '/' + st.level + ' · round ' + st.round + ' · ' + st.index + ' of ' + st.total : '—';
  $('live-rate').textContent = st ? num(s.rate) + ' req/s' + (s.warmup ? ' (warm-up)' : '') : '—';
  $('live-p99').textContent = st ? num(s.p99Ms) + ' ms' : '—';
  $('live-eta').textContent = s.state === 'running' ? duration(s.etaSeconds) : '—';
  const done = s.state === 'running' && st ? (st.index - 1) / st.total : (s.state === 'running' ? 0 : 1);
  $('live-bar').style.width = Math.round(done * 100) + '%';
  $('live-plan').textContent = 'preset ' + s.preset + ' · stacks ' + s.stacks.join(', ') + ' · workloads ' +
    s.workloads.join(', ') + ' · ' + s.totalSteps + ' steps, about ' + duration(s.estimatedSeconds);
  $('live-recent').tBodies[0].replaceChildren(...s.recent.map((r) => el('tr', { class: r.ok ? (r.flagged ? 'flagged' : '') : 'failed' },
    el('td', {}, r.stack), el('td', {}, r.workload), el('td', {}, r.level), el('td', {}, r.round),
    el('td', { class: 'num' }, r.rate ? num(r.rate) : '—'), el('td', { class: 'num' }, r.p99Ms ? num(r.p99Ms) : '—'),
    note(r.ok ? (r.flagged ? '⚑ ' + r.note : '') : 'FAILED: ' + r.note))));
  $('live-messages').replaceChildren(...(s.messages.length ? s.messages.map((m) => el('li', {}, m)) : [el('li', { class: 'muted' }, 'none')]));
  renderResult(s.result && s.state !== 'cancelled' ? s.result : null, $('verdict'));
}

async function cancelRun() {
  $('cancel').disabled = true;
  $('cancel-status').textContent = 'stopping the app…';
  try {
    await api('POST', '/api/runs/cancel', {});
    if (!source) watch();
  } catch (e) {
    $('cancel-status').textContent = e.message;
  } finally {
    $('cancel').disabled = false;
  }
}

async function adviseStored() {
  $('advise-error').hidden = true;
  $('advise-go').disabled = true;
  try {
    const r = await api('POST', '/api/advise', { profile: profileYaml(), run: $('advise-run').value });
    renderResult(r, $('advise-verdict'));
    $('advise-verdict').scrollIntoView();
  } catch (e) {
    $('advise-error').textContent = e.message;
    $('advise-error').hidden = false;
  } finally {
    $('advise-go').disabled = false;
  }
}

// A long note (an app's error counts) is cut to one line; the whole of it is in the tooltip.
function note(text) {
  return el('td', { title: text }, text.length > 110 ? text.slice(0, 107) + '…' : text);
}

function renderResult(r, box) {
  box.hidden = !r;
  if (!r) return;
  if (r.error) { box.replaceChildren(el('div', { class: 'error' }, 'The run failed: ' + r.error)); return; }
  const v = r.verdict;
  const win = v.ranking[0];
  const second = v.ranking[1];
  box.replaceChildren(
    el('div', { class: 'answer' },
      el('div', { class: 'answer-main' },
        el('div', { class: 'answer-label' }, 'Recommended for ' + v.profileName),
        el('div', { class: 'answer-winner', id: box.id + '-winner' }, win.name),
        el('div', { class: 'answer-score' }, 'score ' + win.score.toFixed(2) + (second ? ' · runner-up ' + second.name + ' ' + second.score.toFixed(2) : '') +
          ' · run ' + r.runId + ' (' + r.status + (r.failedCells ? ', ' + r.failedCells + ' failed cells' : '') + ')')),
      el('div', { class: 'confidence confidence-' + v.confidence.level },
        el('div', { class: 'answer-label' }, 'confidence'),
        el('div', { class: 'confidence-level' }, v.confidence.level),
        el('div', { class: 'small' }, v.confidence.reason))),
    el('ol', { class: 'reasons' }, ...v.reasons.map((x) => el('li', {}, x))),
    el('ul', { class: 'notes' }, ...v.notes.map((x) => el('li', {}, x))),
    el('p', {}, el('a', { class: 'button', id: box.id + '-report', href: r.reportUrl }, 'Open the report'),
      el('a', { class: 'button light', id: box.id + '-adr', href: r.adrUrl, download: 'adr-' + r.runId + '.md' }, 'Download the ADR'),
      el('a', { class: 'button light', id: box.id + '-profile', href: r.profileUrl, download: 'profile.yaml' }, 'Download the profile')));
}

// ---- history and compare
async function loadHistory() {
  const runs = await api('GET', '/api/history');
  $('history').tBodies[0].replaceChildren(...runs.map((r) => el('tr', {},
    el('td', {}, el('input', { type: 'checkbox', name: 'pick', value: r.runId })),
    el('td', {}, r.runId), el('td', {}, new Date(r.started).toLocaleString()), el('td', {}, r.status),
    el('td', {}, r.preset), el('td', { class: 'num' }, r.trials), el('td', { class: 'num' }, r.failedCells),
    el('td', {}, r.stacks.join(', ')),
    el('td', {}, el('a', { href: '/reports/' + encodeURIComponent(r.runId) + '/report.html' }, 'report')))));
  for (const id of ['cmp-before', 'cmp-after']) {
    const keep = $(id).value;
    $(id).replaceChildren(...runs.map((r) => el('option', { value: r.runId }, r.runId + ' · ' + r.stacks.join(','))));
    if (keep) $(id).value = keep;
  }
  const finished = runs.filter((r) => r.status === 'complete' || r.status === 'failed');
  const keep = $('advise-run').value;
  $('advise-run').replaceChildren(...finished.map((r) => el('option', { value: r.runId },
    r.runId + ' · ' + r.preset + ' · ' + r.stacks.join(','))));
  if (keep) $('advise-run').value = keep;
  $('advise-go').disabled = !finished.length;
  if (runs.length > 1 && !$('cmp-before').dataset.touched) $('cmp-before').value = runs[1].runId;
}

async function compare() {
  $('cmp-error').hidden = true;
  try {
    const changes = await api('GET', '/api/compare?before=' + encodeURIComponent($('cmp-before').value) +
      '&after=' + encodeURIComponent($('cmp-after').value));
    const shown = changes.filter((c) => $('cmp-all').checked || c.verdict === 'better' || c.verdict === 'worse');
    $('cmp').tBodies[0].replaceChildren(...shown.map((c) => el('tr', {},
      el('td', {}, c.stack), el('td', {}, c.workload), el('td', { title: c.metric }, c.label), el('td', {}, c.unit),
      el('td', { class: 'num' }, num(c.before)),
      el('td', { class: 'num' }, num(c.after)), el('td', { class: 'num' }, (c.change * 100).toFixed(1) + '%'), el('td', {}, c.verdict))));
    $('cmp-summary').textContent = changes.length - shown.length + ' of ' + changes.length + ' metrics not shown (no significant difference or flagged).';
  } catch (e) {
    $('cmp-error').textContent = e.message;
    $('cmp-error').hidden = false;
  }
}

function pickToCompare() {
  const picked = [...document.querySelectorAll('input[name="pick"]:checked')].map((i) => i.value);
  if (picked.length !== 2) { alert('Select exactly two runs.'); return; }
  $('cmp-before').value = picked[1];
  $('cmp-after').value = picked[0];
  $('cmp-before').dataset.touched = '1';
  show('compare');
  compare();
}

document.addEventListener('DOMContentLoaded', async () => {
  for (const b of document.querySelectorAll('#tabs button')) b.addEventListener('click', () => show(b.dataset.tab));
  $('describe-go').addEventListener('click', describe);
  $('start').addEventListener('click', start);
  $('cmp-go').addEventListener('click', compare);
  $('compare-selected').addEventListener('click', pickToCompare);
  $('cancel').addEventListener('click', cancelRun);
  $('advise-go').addEventListener('click', adviseStored);
  $('cmp-before').addEventListener('change', () => { $('cmp-before').dataset.touched = '1'; });
  await loadOptions();
  loadHistory();
  const s = await api('GET', '/api/status');
  if (going(s)) { show('live'); watch(); } else if (s.state !== 'idle') render(s);
});
