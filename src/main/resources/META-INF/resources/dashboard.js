// The planning dashboard: reads and acts through the public REST API only (/api/v1/...), sending the access token
// from the token field as "Authorization: Bearer ..." on every call. The run's progress stream is read with
// fetch() because EventSource cannot send that header.

const API = '/api/v1';
const PAGE_SIZE = 20;
const DAY_WIDTH = 10;

const state = { page: 0, latestRun: null, stream: null };
const $ = (id) => document.getElementById(id);

function token() {
  return $('token').value.trim();
}

function headers(extra = {}) {
  const h = { Accept: 'application/json', ...extra };
  if (token()) {
    h.Authorization = `Bearer ${token()}`;
  }
  return h;
}

async function api(path, { method = 'GET', body } = {}) {
  const response = await fetch(API + path, {
    method,
    headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const detail = data && (data.detail || data.title) ? (data.detail || data.title) : response.statusText;
    const error = new Error(`${response.status}: ${detail}`);
    error.status = response.status;
    throw error;
  }
  return data;
}

function showMessage(text) {
  const box = $('message');
  box.textContent = text;
  box.hidden = !text;
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name === 'onclick') node.addEventListener('click', value);
    else if (name === 'style') Object.assign(node.style, value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const label = (value) => (value ? String(value).replaceAll('_', ' ').toLowerCase() : '—');
const days = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
const time = (instant) => (instant ? new Date(instant).toLocaleTimeString() : '—');

function auditButton(id, text) {
  return el('button', { type: 'button', className: 'link', 'data-audit-id': id, onclick: () => explain(id) }, text ?? `#${id}`);
}

function fillRows(tableId, items, row, empty) {
  const body = document.querySelector(`#${tableId} tbody`);
  body.replaceChildren();
  if (!items.length) {
    const columns = document.querySelectorAll(`#${tableId} thead th`).length;
    body.append(el('tr', {}, el('td', { colspan: columns, className: 'hint' }, empty)));
    return;
  }
  for (const item of items) body.append(el('tr', {}, row(item).map((cell) => el('td', {}, cell))));
}

function range() {
  return `from=${$('from').value}&to=${$('to').value}`;
}

async function loadSummary() {
  const summary = await api(`/dashboard/summary?${range()}`);
  $('count-total').textContent = summary.audits;
  for (const [id, counts] of [['by-status', summary.byStatus], ['by-type', summary.byType]]) {
    const body = document.querySelector(`#${id} tbody`);
    body.replaceChildren(...Object.entries(counts).map(([key, n]) =>
      el('tr', {}, el('th', { scope: 'row' }, label(key)), el('td', { className: 'num' }, n))));
  }
  $('unassigned-total').textContent = summary.unassigned.total;
  fillRows('unassigned', summary.unassigned.items, (a) => [auditButton(a.id), a.clientName, label(a.type),
    `${a.earliestStart} – ${a.latestEnd}`, [incompleteFlag(a), a.unassignedReason ?? 'not planned yet']],
  'No unassigned audits in the range.');
  $('at-risk-total').textContent = summary.atRisk.total;
  $('at-risk-hint').textContent = `Open, not confirmed, deadline within ${summary.atRiskDays} days of ${summary.today}.`;
  fillRows('at-risk', summary.atRisk.items, (a) => [auditButton(a.id), a.clientName, label(a.type),
    [label(a.status), ' ', incompleteFlag(a)],
    a.latestEnd, el('span', { className: a.daysLeft < 0 ? 'late' : '' }, a.daysLeft)], 'Nothing at risk.');
  $('overdue-total').textContent = summary.overdueSurveillance.total;
  fillRows('overdue', summary.overdueSurveillance.items, (a) => [auditButton(a.id), a.clientName, label(a.type),
    a.latestEnd, -a.daysLeft], 'No overdue surveillance.');
  $('expiring-total').textContent = summary.expiringCertificates.total;
  fillRows('expiring', summary.expiringCertificates.items, (c) => [`#${c.certificationId}`, c.clientName, c.expiry,
    c.daysLeft, c.recertificationAuditId
      ? [auditButton(c.recertificationAuditId), ' ', label(c.recertificationStatus)] : 'none'],
  'No certificate expires in the range.');
  $('majors-total').textContent = summary.openMajorNonconformities.total;
  fillRows('majors', summary.openMajorNonconformities.items, (n) => [n.clientName, n.clause, n.dueDate ?? '—',
    el('span', { className: n.daysLeft !== null && n.daysLeft < 0 ? 'late' : '' }, n.daysLeft ?? '—'),
    n.followUpAuditId ? [auditButton(n.followUpAuditId), ' ', label(n.followUpStatus)] : 'none'],
  'No open major nonconformity.');
  showRun(summary.latestRun);
  return summary;
}

async function loadGaps() {
  const report = await api(`/competence-gaps?${range()}`);
  $('gaps-total').textContent = report.blockedAudits;
  $('gaps-hint').textContent = `${report.blockedAudits} of ${report.openAudits} open audits (${report.blockedAuditorDays} `
    + 'auditor-days) have no competent, impartial team among today\'s auditors, whatever the dates.';
  fillRows('gaps', report.hireOrQualify, (step) => [step.rank, step.action,
    `${step.unblocksAudits} audits, ${step.unblocksAuditorDays} auditor-days`,
    step.nearMatches.length ? step.nearMatches.map((m) => `${m.name} (${m.lacks})`).join('; ') : 'nobody'],
  'Every open audit has a competent team among today\'s auditors.');
}

/** The flag of an audit that has a date although its team is not whole (COMP-7). */
function incompleteFlag(audit) {
  return audit.incompleteTeam
    ? el('span', { className: 'flag late', title: `${label(audit.status)} ${audit.startDate} – ${audit.endDate} without a whole team` },
      'Incomplete team (COMP-7) ')
    : null;
}

/** What a proposal leaves unstaffed, in the numbers a planner counts: by type, auditor-days, certificates at risk. */
function notStaffed(staffing) {
  if (!staffing.unstaffedAudits) return 'nothing: every audit has a whole team';
  const types = Object.entries(staffing.unstaffedByType).map(([type, n]) => `${label(type)} ${n}`).join(', ');
  const risk = staffing.certificatesAtRisk;
  return `${types}; ${staffing.auditorDaysNotStaffed} auditor-days; `
    + (risk.length ? `${risk.length} certificates at risk, the first from ${risk[0].from}` : 'no certificate at risk');
}

function showRun(run) {
  state.latestRun = run;
  $('run-id').textContent = run ? `#${run.id} (${label(run.mode)})` : 'none yet';
  $('run-status').textContent = run ? label(run.status) : '—';
  $('run-score').textContent = run?.score ?? '—';
  $('run-assigned').textContent = run?.assigned ?? '—';
  $('run-unassigned').textContent = run?.unassigned ?? '—';
  $('run-staffing').textContent = run?.staffing ? notStaffed(run.staffing) : '—';
  $('run-horizon').textContent = run ? `${run.from} – ${run.to}` : '—';
  $('run-applied').textContent = run?.appliedAt ? new Date(run.appliedAt).toLocaleString() : 'no';
  const active = run && (run.status === 'QUEUED' || run.status === 'SOLVING');
  $('start-run').disabled = Boolean(active);
  $('apply-run').disabled = !run || active || run.appliedAt || !['COMPLETED', 'CANCELLED'].includes(run.status);
  if (active && state.stream !== run.id) follow(run.id);
}

async function loadTimeline() {
  const from = $('from').value;
  const to = $('to').value;
  const [timeline, utilization] = await Promise.all([
    api(`/dashboard/timeline?${range()}&page=${state.page}&size=${PAGE_SIZE}`),
    api(`/dashboard/utilization?${range()}&sort=NAME&page=${state.page}&size=${PAGE_SIZE}`),
  ]);
  const load = new Map(utilization.items.map((u) => [u.auditorId, u]));
  const span = days(from, to) + 1;
  const width = span * DAY_WIDTH;
  const pages = Math.max(1, Math.ceil(timeline.total / PAGE_SIZE));
  $('page-info').textContent = `Auditors ${timeline.total ? state.page * PAGE_SIZE + 1 : 0}–`
    + `${Math.min((state.page + 1) * PAGE_SIZE, timeline.total)} of ${timeline.total} (page ${state.page + 1} of ${pages})`;
  $('prev-page').disabled = state.page === 0;
  $('next-page').disabled = state.page + 1 >= pages;

  const months = el('div', { className: 'months', style: { width: `${width}px` } });
  let lastLabel = -Infinity;
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + 1, 1)) {
    const day = d.toISOString().slice(0, 10);
    const left = days(from, day) * DAY_WIDTH;
    if (left - lastLabel < 70 && lastLabel >= 0) months.lastChild.remove();
    lastLabel = left;
    months.append(el('span', { className: 'month', style: { left: `${left}px` } },
      d.toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  }
  const rows = [el('div', { className: 'row head' }, el('div', { className: 'who' }, 'Auditor · utilisation'), months)];
  for (const auditor of timeline.items) {
    const u = load.get(auditor.auditorId);
    const lane = el('div', { className: 'lane', style: { width: `${width}px` } });
    for (const bar of auditor.audits) {
      const start = bar.startDate < from ? from : bar.startDate;
      const end = bar.endDate > to ? to : bar.endDate;
      const text = `${bar.clientName}, ${label(bar.type)}, ${bar.startDate} to ${bar.endDate}, ${label(bar.role)}, ${label(bar.status)}`
        + (bar.incompleteTeam ? ', incomplete team (COMP-7)' : '');
      lane.append(el('button', {
        type: 'button', className: `bar ${bar.status}${bar.incompleteTeam ? ' incomplete' : ''}`, 'data-audit-id': bar.auditId, title: text, 'aria-label': text,
        style: { left: `${days(from, start) * DAY_WIDTH}px`, width: `${(days(start, end) + 1) * DAY_WIDTH - 2}px` },
        onclick: () => explain(bar.auditId),
      }, bar.clientName));
    }
    rows.push(el('div', { className: 'row' },
      el('div', { className: 'who' }, el('span', { className: 'name' }, auditor.name),
        u ? el('span', { className: 'util', title: `${u.assignedDays} of ${u.capacityDays} days` }, `${u.utilizationPercent}%`) : null),
      lane));
  }
  if (!timeline.items.length) rows.push(el('p', { className: 'hint' }, 'No auditors yet.'));
  $('timeline').replaceChildren(...rows);
}

async function explain(auditId) {
  const body = $('explanation-body');
  body.replaceChildren(el('p', { className: 'hint' }, `Loading audit #${auditId} …`));
  try {
    const [audit, why] = await Promise.all([api(`/audits/${auditId}`), api(`/audits/${auditId}/explanation`)]);
    const parts = [el('h3', {}, `Audit #${audit.id}: ${label(audit.type)}, ${label(audit.status)}`,
      audit.incompleteTeam ? ' — incomplete team (COMP-7)' : ''),
      el('p', {}, `Window ${audit.earliestStart} – ${audit.latestEnd} (target ${audit.targetDate}); `,
        audit.startDate ? `planned ${audit.startDate} – ${audit.endDate}; ` : 'not scheduled; ',
        `${audit.auditorDays} auditor-days.`),
      el('p', { className: 'source' }, why.source === 'PLANNING_RUN'
        ? `From planning run #${why.runId}` + (why.startDate ? `: ${why.startDate} – ${why.endDate}` : '')
        : 'No planning run has planned this audit yet: the eligibility of each auditor per team seat.')];
    if (why.unassignedReason) parts.push(el('p', { className: 'late' }, `Unassigned: ${why.unassignedReason}`));
    if (why.impacts?.length) {
      parts.push(el('table', { className: 'list impacts' },
        el('caption', {}, 'Rules touching this audit'),
        el('thead', {}, el('tr', {}, ['Rule', 'Impact', 'Why'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, why.impacts.map((i) => el('tr', {}, el('td', {}, el('code', {}, i.ruleId ?? i.constraintName)),
          el('td', { className: 'num' }, i.impact), el('td', {}, i.text))))));
    } else if (why.source === 'PLANNING_RUN') {
      parts.push(el('p', {}, 'No rule is broken or penalised by this placement.'));
    }
    for (const seat of why.seats ?? []) {
      const eligible = seat.candidates.filter((c) => c.eligible);
      parts.push(el('h4', {}, `${label(seat.role)} seat${seat.startDate ? ` from ${seat.startDate}` : ''}: `
        + `${eligible.length} of ${seat.candidates.length} auditors eligible`));
      parts.push(el('ul', { className: 'verdicts' }, seat.candidates.slice(0, 12).map((c) => el('li', {},
        `${c.name}: `, c.eligible ? el('span', { className: 'ok' }, 'eligible')
          : c.breaches.map((b) => `${b.rule} ${b.detail}`).join('; ')))));
    }
    body.replaceChildren(...parts);
  } catch (error) {
    body.replaceChildren(el('p', { className: 'late' }, `Could not explain audit #${auditId}: ${error.message}`));
  }
}

function progress(event) {
  if (event.event === 'applied') {
    $('run-progress').prepend(el('li', {}, el('time', { datetime: event.at }, time(event.at)), ' proposal applied'));
    return;
  }
  $('run-status').textContent = label(event.status);
  if (event.score) $('run-score').textContent = event.score;
  if (event.assigned !== undefined) $('run-assigned').textContent = event.assigned;
  if (event.unassigned !== undefined) $('run-unassigned').textContent = event.unassigned;
  const item = el('li', {}, el('time', { datetime: event.at }, time(event.at)), ' ',
    event.event === 'end' ? `ended ${label(event.status)}: ` : '',
    el('code', {}, event.score ?? 'no score'),
    event.assigned !== undefined ? ` · ${event.assigned} assigned, ${event.unassigned} unassigned` : '');
  $('run-progress').prepend(item);
}

/** Reads the run's Server-Sent Events with fetch(), so that the Authorization header goes along. */
async function follow(runId) {
  state.stream = runId;
  $('run-progress').replaceChildren();
  try {
    const response = await fetch(`${API}/planning-runs/${runId}/events`, { headers: headers({ Accept: 'text/event-stream' }) });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replaceAll('\r\n', '\n');
      let boundary;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const data = block.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
        if (data) progress(JSON.parse(data));
      }
    }
  } catch (error) {
    showMessage(`Progress of run #${runId} interrupted: ${error.message}`);
  } finally {
    if (state.stream === runId) state.stream = null;
  }
  await refresh();
}

async function startRun() {
  showMessage('');
  $('start-run').disabled = true;
  try {
    const run = await api('/planning-runs', { method: 'POST', body: { from: $('from').value, to: $('to').value, mode: 'FULL' } });
    showRun({ ...run, changedAudits: run.changedAudits });
  } catch (error) {
    showMessage(`Could not start a run: ${error.message}`);
    $('start-run').disabled = false;
  }
}

async function applyRun() {
  const run = state.latestRun;
  if (!run) return;
  showMessage('');
  $('apply-run').disabled = true;
  try {
    const result = await api(`/planning-runs/${run.id}/apply`, { method: 'POST', body: {} });
    progress({ event: 'applied', at: result.appliedAt });
    await refresh();
  } catch (error) {
    showMessage(`Could not apply run #${run.id}: ${error.message}`);
    $('apply-run').disabled = false;
  }
}

let pending = 0;

/** Marks the page busy (aria-busy) while the work runs, for assistive technology and tests alike. */
async function loading(work) {
  pending += 1;
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await work;
  } finally {
    pending -= 1;
    if (pending === 0) document.body.removeAttribute('aria-busy');
  }
}

async function refresh() {
  try {
    await loading(Promise.all([loadSummary(), loadTimeline(), loadGaps()]));
  } catch (error) {
    showMessage(error.status === 401 || error.status === 403
      ? `Not allowed (${error.message}): enter a planner's access token.` : `Could not load the dashboard: ${error.message}`);
  }
}

function init() {
  const today = new Date();
  const later = new Date(today);
  later.setMonth(later.getMonth() + 3);
  $('from').value = localStorage.getItem('certplan.from') || today.toISOString().slice(0, 10);
  $('to').value = localStorage.getItem('certplan.to') || later.toISOString().slice(0, 10);
  $('token').value = localStorage.getItem('certplan.token') || '';
  $('settings').addEventListener('submit', (event) => {
    event.preventDefault();
    localStorage.setItem('certplan.token', token());
    localStorage.setItem('certplan.from', $('from').value);
    localStorage.setItem('certplan.to', $('to').value);
    state.page = 0;
    showMessage('');
    refresh();
  });
  $('start-run').addEventListener('click', startRun);
  $('apply-run').addEventListener('click', applyRun);
  $('prev-page').addEventListener('click', () => { state.page -= 1; loading(loadTimeline()).catch((e) => showMessage(e.message)); });
  $('next-page').addEventListener('click', () => { state.page += 1; loading(loadTimeline()).catch((e) => showMessage(e.message)); });
  refresh();
}

init();
