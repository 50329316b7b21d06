// The services' public APIs, through the one entry point, with the user's bearer token.
import { lang, t } from './i18n.js';
import { session } from './session.js';

let apiBase = 'http://localhost:8080/api/v1';

export function setApiBase(url) {
  apiBase = url.replace(/\/$/, '');
}

/** An answer the pages show as a message: the problem's own words, or "not in your organisation" for a 404. */
export class ApiError extends Error {
  constructor(status, message, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function query(params) {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== '');
  return entries.length === 0 ? '' : '?' + new URLSearchParams(entries).toString();
}

async function send(path, params, accept) {
  let response;
  try {
    response = await fetch(apiBase + path + query(params), {
      headers: { Authorization: 'Bearer ' + session.token(), Accept: accept, 'Accept-Language': lang() },
    });
  } catch (e) {
    throw new ApiError(0, t('networkError') + ' (' + apiBase + ')');
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  return response;
}

async function problemOf(response) {
  let problem = {};
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    problem = await response.json().catch(() => ({}));
  }
  const status = response.status;
  if (status === 404) return new ApiError(404, t('notInOrganisation'), problem.code);
  if (status === 401) return new ApiError(401, t('unauthorised'), problem.code);
  if (status === 403) return new ApiError(403, problem.detail || t('forbidden'), problem.code);
  if (status === 503 && problem.code === 'NOT_YET_KNOWN') return new ApiError(503, t('notYetKnown'), problem.code);
  const details = (problem.errors || []).map(error => error.message).filter(Boolean);
  const message = [problem.detail || problem.title || response.statusText, ...details].join(' — ');
  return new ApiError(status, problem.code ? message + ' (' + problem.code + ')' : message, problem.code);
}

/** GET a JSON document. */
export async function get(path, params = {}) {
  return (await send(path, params, 'application/json')).json();
}

/** GET a report as JSON. */
export function report(name, orgId, params = {}) {
  return get('/reports/' + name, { orgId, ...params });
}

/** Saves a report in the format (xlsx or csv) the reporting API exports, under a name saying what it is. */
export async function downloadReport(name, orgId, params, format, fileStem) {
  const response = await send('/reports/' + name, { orgId, ...params, format }, '*/*');
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = (fileStem + '.' + format).replace(/[^A-Za-z0-9._-]/g, '_');
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  return link.download;
}
