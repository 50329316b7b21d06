// The pages. Each takes the route's parameters and fills the main element; every figure comes from the APIs.
import { get, report, downloadReport } from './api.js';
import { el, link, load, empty, failure, reportTable } from './dom.js';
import { bars } from './charts.js';
import { t, pick, number } from './i18n.js';
import { organisationPanel } from './organisations.js';

const thisYear = new Date().getFullYear();

/** The congress term (Y1-Y2, counting Y1+1..Y2) that holds a year: 2026 → 2025-2030. */
export function termOf(year) {
  const first = 2020 + 5 * Math.floor((year - 2021) / 5);
  return first + '-' + (first + 5);
}

export function hash(page, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  return '#/' + page + (query.toString() ? '?' + query : '');
}

function heading(key) {
  return el('h2', { 'data-test': 'page-title' }, t(key));
}

/** Buttons that save the report as the reporting API exports it. */
function downloads(name, orgId, params, stem) {
  const status = el('span', { class: 'muted', 'data-test': 'download-status', 'aria-live': 'polite' });
  const button = (format, label) => el('button', {
    type: 'button', class: 'secondary', 'data-test': 'download-' + name + '-' + format,
    onclick: async () => {
      status.textContent = t('loading');
      try {
        status.textContent = t('downloaded') + ': ' + await downloadReport(name, orgId, params, format, stem);
      } catch (error) {
        status.replaceChildren(failure(error));
      }
    },
  }, label);
  return el('div', { class: 'downloads' }, button('xlsx', t('downloadXlsx')), button('csv', t('downloadCsv')), status);
}

function warnings(answer) {
  const list = answer.warnings || [];
  return el('div', {},
    answer.asOf ? el('p', { class: 'muted' }, t('asOf') + ' ' + new Date(answer.asOf).toLocaleString()) : null,
    list.length ? el('ul', { class: 'warnings', 'data-test': 'warnings' }, list.map(w => el('li', {}, w))) : null);
}

function periodForm(values, fields, go) {
  const inputs = {};
  const form = el('form', { class: 'period', onsubmit: event => {
    event.preventDefault();
    go(Object.fromEntries(Object.entries(inputs).map(([k, input]) => [k, input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value.trim()])));
  } });
  for (const [key, label, type] of fields) {
    inputs[key] = el('input', { name: key, type: type || 'text', value: values[key] ?? '', 'data-test': 'input-' + key,
      checked: type === 'checkbox' && values[key] === 'true' });
    form.append(el('label', {}, t(label), ' ', inputs[key]));
  }
  form.append(el('button', { type: 'submit', 'data-test': 'show' }, t('show')));
  return form;
}

function frame(main, titleKey, orgId, page, params, extra) {
  const body = el('div', { class: 'page-body' });
  main.replaceChildren(heading(titleKey), organisationPanel(orgId, id => hash(page, { ...params, org: id })), extra || '', body);
  return body;
}

function figure(testId, value, digits) {
  return el('span', { class: 'figure', 'data-test': testId, 'data-value': value ?? '' },
    value === null || value === undefined ? t('noTarget') : number(value, digits));
}

// ---- Overview: admitted against target for the year and the term, per child, and the forecast
export function overview(main, params) {
  const year = params.year || String(thisYear);
  const term = params.term || termOf(Number(year));
  const orgId = params.org;
  const body = frame(main, 'overview', orgId, 'overview', { year, term },
    periodForm({ year, term }, [['year', 'year'], ['term', 'term']], v => location.hash = hash('overview', { org: orgId, ...v })));
  load(body, () => Promise.all([
    report('achievement', orgId, { period: year }),
    report('achievement', orgId, { period: term }),
    report('forecast', orgId, { period: year }),
  ]), ([ofYear, ofTerm, forecast]) => {
    const yearRows = ofYear.tables[0].rows;
    const termRow = ofTerm.tables[0].rows[0];
    const own = yearRows[0];
    const children = yearRows.slice(1);
    const card = (label, prefix, row, period) => el('div', { class: 'card', 'data-test': prefix + '-card' },
      el('h3', {}, t(label) + ' ' + period),
      el('dl', {},
        el('dt', {}, t('target')), el('dd', {}, figure(prefix + '-target', row.target)),
        el('dt', {}, t('admitted')), el('dd', {}, figure(prefix + '-admitted', row.admitted)),
        el('dt', {}, t('achievement')), el('dd', {}, row.percent === null ? '—' : [figure(prefix + '-percent', row.percent, 2), ' %'])),
      row.target === null ? el('p', { class: 'muted' }, t('noTargetHint')) : null,
      row.percent !== null ? el('div', { class: 'meter', role: 'meter', 'aria-valuenow': row.percent },
        el('span', { style: 'width:' + Math.min(100, row.percent) + '%' })) : null);
    const forecastRows = forecast.tables[0].rows;
    const short = forecastRows.filter(row => row.shortfall > 0);
    return [
      el('p', { class: 'actions' }, link(hash('coverage', { org: orgId }), t('coverageOf'), { 'data-test': 'coverage-link' })),
      el('div', { class: 'cards' }, card('year', 'year', own, year), card('term', 'term', termRow, term)),
      el('h3', {}, t('byChild')),
      children.length === 0 ? empty(t('emptyChildren')) : [
        bars(children.map(row => row.orgName), [
          { name: t('admitted'), values: children.map(row => row.admitted) },
          { name: t('target'), values: children.map(row => row.target ?? 0) }],
        { horizontal: true, percentLabels: children.map(row => row.percent === null ? null : number(row.percent, 2)), name: 'achievement' }),
        reportTable(ofYear.tables[0], { hide: ['orgId', 'targetPeriod'], links: { orgName: row => hash('overview', { org: row.orgId, year, term }) } }),
      ],
      el('h3', {}, t('forecastTitle') + ' ' + year),
      el('p', { 'data-test': 'forecast-summary', class: short.length ? 'bad' : 'good' },
        short.length ? t('willFallShort') + ': ' + short.map(row => row.orgName + ' (' + t('shortfall').toLowerCase() + ' ' + number(row.shortfall) + ')').join(', ')
          : t('onTrack')),
      reportTable(forecast.tables[0], { hide: ['orgId'], links: { orgName: row => hash('overview', { org: row.orgId, year, term }) } }),
      warnings(ofYear),
      el('div', { class: 'download-row' }, el('span', {}, pick(ofYear.tables[0].titleVi, ofYear.tables[0].titleEn)),
        downloads('achievement', orgId, { period: year }, 'achievement-' + year)),
      el('div', { class: 'download-row' }, el('span', {}, pick(forecast.tables[0].titleVi, forecast.tables[0].titleEn)),
        downloads('forecast', orgId, { period: year }, 'forecast-' + year)),
    ];
  });
}

// ---- Funnel: nominated → … → recognised, with conversion and median working days; per source organisation
export function funnel(main, params) {
  const period = params.period || String(thisYear);
  const orgId = params.org;
  const body = frame(main, 'funnel', orgId, 'funnel', { period },
    periodForm({ period }, [['period', 'period']], v => location.hash = hash('funnel', { org: orgId, ...v })));
  load(body, () => report('funnel', orgId, { period }), answer => {
    const [stages, ...rest] = answer.tables;
    const noFigures = stages.rows.every(row => !row.count);
    return [
      noFigures ? empty(t('emptyReport')) : bars(stages.rows.map(row => pick(row.stageVi, row.stageEn)),
        [{ name: t('count'), values: stages.rows.map(row => row.count) }],
        { percentLabels: stages.rows.map(row => row.conversionPercent === null ? null : number(row.conversionPercent, 2)), name: 'funnel' }),
      reportTable(stages, { hide: ['stage', 'stageVi', 'stageEn'].filter(k => k !== (pick('stageVi', 'stageEn'))) }),
      rest.map(table => reportTable(table, { hide: ['source'] })),
      warnings(answer),
      downloads('funnel', orgId, { period }, 'funnel-' + period),
    ];
  });
}

// ---- New members: each breakdown as a chart with counts and percentages
export function newMembers(main, params) {
  const period = params.period || String(thisYear);
  const orgId = params.org;
  const body = frame(main, 'newMembers', orgId, 'new-members', { period },
    periodForm({ period }, [['period', 'period']], v => location.hash = hash('new-members', { org: orgId, ...v })));
  load(body, () => report('new-members', orgId, { period }), answer => {
    const blocks = [];
    if (answer.tables.every(table => table.rows.length === 0)) {
      blocks.push(el('section', { class: 'breakdown', 'data-test': 'breakdown' }, empty(t('emptyReport'))));
    }
    for (const table of answer.tables.filter(table => table.rows.length > 0)) {
      const groups = new Map();
      for (const row of table.rows) {
        const key = row.dimensionName ?? pick(table.titleVi, table.titleEn);
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(row);
      }
      for (const [name, rows] of groups) {
        const counted = rows.some(row => row.count);
        blocks.push(el('section', { class: 'breakdown', 'data-test': 'breakdown' },
          el('h3', {}, name),
          counted ? bars(rows.map(row => pick(row.valueVi, row.valueEn) ?? row.value),
            [{ name: t('count'), values: rows.map(row => row.count) }],
            { horizontal: true, percentLabels: rows.map(row => row.percent === null ? null : number(row.percent, 2)), name: rows[0].dimension ?? table.name })
            : empty(t('emptyReport'))));
      }
      blocks.push(el('details', {}, el('summary', {}, pick(table.titleVi, table.titleEn)),
        reportTable(table, { hide: ['dimension', 'value', pick('valueEn', 'valueVi')] })));
    }
    return [el('div', { class: 'breakdowns' }, blocks), warnings(answer), downloads('new-members', orgId, { period }, 'new-members-' + period)];
  });
}

// ---- Coverage: areas without members or a cell, small cells; each cell linked to its organisation
export function coverage(main, params) {
  const orgId = params.org;
  const body = frame(main, 'coverage', orgId, 'coverage', {});
  load(body, () => report('coverage', orgId), answer => [
    answer.tables.map(table => reportTable(table, {
      hide: ['orgId', 'areaId', 'cellId', 'communeId'],
      emptyMessage: t('emptyTable'),
      links: {
        orgName: row => hash('overview', { org: row.orgId }),
        cellName: row => hash('overview', { org: row.cellId }),
        cellCode: row => hash('overview', { org: row.cellId }),
        communeName: row => hash('overview', { org: row.communeId }),
      },
    })),
    warnings(answer),
    downloads('coverage', orgId, {}, 'coverage'),
  ]);
}

// ---- Work queue: what is due and overdue in the subtree, by due date, with the rule behind each
export function queue(main, params) {
  const orgId = params.org;
  const within = params.within || '30';
  const overdue = params.overdue || '';
  const body = frame(main, 'queue', orgId, 'queue', { within, overdue },
    periodForm({ within, overdue }, [['within', 'within', 'number'], ['overdue', 'onlyOverdue', 'checkbox']],
      v => location.hash = hash('queue', { org: orgId, ...v })));
  load(body, () => get('/deadlines', { orgId, within: 'P' + Number(within || 30) + 'D', overdue: overdue === 'true' ? 'true' : undefined, limit: 200 }),
    page => {
      const items = [...page.items].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
      if (items.length === 0) return empty(t('emptyQueue', { days: within }));
      return [el('div', { class: 'scroll' }, el('table', { 'data-test': 'queue' },
        el('thead', {}, el('tr', {}, [t('due'), t('step'), t('rule'), t('cell'), t('candidate')].map(h => el('th', {}, h)))),
        el('tbody', {}, items.map(item => el('tr', { class: item.overdue ? 'overdue' : null, 'data-test': 'queue-item',
          'data-case-id': item.caseId, 'data-overdue': String(item.overdue) },
          el('td', { 'data-key': 'dueOn' }, item.dueOn, item.overdue ? el('span', { class: 'badge' }, ' ' + t('overdueMark')) : null),
          el('td', { 'data-key': 'step' }, item.step),
          el('td', { 'data-key': 'rule' }, el('code', {}, item.rule)),
          el('td', { 'data-key': 'cell' }, link(hash('overview', { org: item.cellId }), item.cellName ?? item.cellId.slice(0, 8)),
            item.cellCode ? el('span', { class: 'muted' }, ' ' + item.cellCode) : null),
          el('td', {}, link(hash('candidate', { id: item.candidateId }), item.candidateId.slice(0, 8)))))))),
        page.nextCursor ? el('p', { class: 'muted' }, t('more') + ': ' + items.length + '+') : null];
    });
}

// ---- Candidates: search by name without accents; one candidate's history as a timeline
export function candidates(main, params) {
  const orgId = params.org;
  const q = params.q || '';
  const body = frame(main, 'candidates', orgId, 'candidates', { q },
    periodForm({ q }, [['q', 'searchCandidates', 'search']], v => location.hash = hash('candidates', { org: orgId, ...v })));
  load(body, () => get('/candidates', { orgId, q, limit: 50 }), page => page.items.length === 0 ? empty(t('emptyCandidates')) :
    el('div', { class: 'scroll' }, el('table', { 'data-test': 'candidates' },
      el('thead', {}, el('tr', {}, [t('fullName'), t('birthDate'), t('status'), t('source'), t('nominatedOn')].map(h => el('th', {}, h)))),
      el('tbody', {}, page.items.map(c => el('tr', { 'data-test': 'candidate-row' },
        el('td', {}, link(hash('candidate', { id: c.id, org: orgId }), c.fullName, { 'data-test': 'candidate-link' })),
        el('td', {}, c.birthDate), el('td', {}, c.status), el('td', {}, c.source), el('td', {}, c.nominatedOn)))))));
}

export function candidate(main, params) {
  const body = el('div', { class: 'page-body' });
  main.replaceChildren(heading('candidates'),
    el('p', {}, link(hash('candidates', { org: params.org }), '← ' + t('backToSearch'))), body);
  load(body, () => Promise.all([get('/candidates/' + params.id), get('/candidates/' + params.id + '/history')]), ([person, history]) => {
    const entries = Array.isArray(history) ? history : (history.items || []);
    return [
      el('h3', { 'data-test': 'candidate-name' }, person.person?.fullName ?? person.fullName ?? ''),
      el('p', { class: 'muted' }, [person.status, person.nomination?.source, person.nomination?.nominatedOn].filter(Boolean).join(' · ')),
      el('h3', {}, t('history')),
      entries.length === 0 ? empty(t('emptyHistory')) :
        el('ol', { class: 'timeline', 'data-test': 'timeline' }, entries.map(entry => el('li', {},
          el('time', {}, entry.occurredOn), ' ', el('strong', {}, entry.kind),
          entry.detail ? el('div', {}, entry.detail) : null,
          el('div', { class: 'muted' }, entry.actor)))),
    ];
  });
}
