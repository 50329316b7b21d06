// The shell: sign-in, the navigation, the language switch and the router (#/page?params).
import { setApiBase } from './api.js';
import { session } from './session.js';
import { startSignIn, finishSignIn } from './oidc.js';
import { el, failure } from './dom.js';
import { t, lang, setLang } from './i18n.js';
import * as pages from './pages.js';

const ROUTES = {
  overview: pages.overview, funnel: pages.funnel, 'new-members': pages.newMembers, coverage: pages.coverage,
  queue: pages.queue, candidates: pages.candidates, candidate: pages.candidate,
};
const NAVIGATION = [['overview', 'overview'], ['funnel', 'funnel'], ['new-members', 'newMembers'], ['coverage', 'coverage'],
  ['queue', 'queue'], ['candidates', 'candidates']];

let config = { apiBaseUrl: 'http://localhost:8080/api/v1', oidc: null, localRoles: [] };
const main = document.getElementById('main');

function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  return { page: path || 'overview', params: Object.fromEntries(new URLSearchParams(query || '')) };
}

function renderShell() {
  document.documentElement.lang = lang();
  document.title = t('appTitle');
  document.getElementById('app-title').textContent = t('appTitle');
  const current = route();
  const org = current.params.org || session.homeOrganisation();
  document.getElementById('nav').replaceChildren(...(session.signedIn() ? NAVIGATION.map(([page, key]) =>
    el('a', { href: pages.hash(page, { org }), class: current.page === page || (page === 'candidates' && current.page === 'candidate') ? 'active' : null,
      'data-test': 'nav-' + page }, t(key))) : []));
  document.getElementById('user').replaceChildren(...(session.signedIn() ? [
    el('span', { class: 'muted', 'data-test': 'user' }, session.user() + ' · ' + session.roles().join(', ')),
    el('button', { type: 'button', class: 'secondary', 'data-test': 'sign-out', onclick: () => { session.signOut(); render(); } }, t('signOut')),
  ] : []));
  const toggle = document.getElementById('language');
  toggle.textContent = t('switchLanguage');
  toggle.setAttribute('data-test', 'language');
}

function signInPage() {
  const area = el('textarea', { rows: 5, 'data-test': 'token-input', 'aria-label': t('pasteToken'), placeholder: 'eyJ…' });
  const message = el('div', { 'data-test': 'sign-in-message' });
  const use = token => {
    const problem = session.use(token);
    if (problem) {
      message.replaceChildren(failure({ message: t(problem === 'expired' ? 'tokenExpired' : 'tokenInvalid') }));
    } else {
      render();
    }
  };
  main.replaceChildren(el('section', { class: 'sign-in' },
    el('h2', { 'data-test': 'page-title' }, t('signIn')),
    config.oidc ? el('p', {}, el('button', { type: 'button', onclick: () => startSignIn(config.oidc) }, t('signInWithProvider'))) : null,
    el('label', {}, t('pasteToken'), area),
    el('button', { type: 'button', 'data-test': 'use-token', onclick: () => use(area.value) }, t('useToken')),
    config.localRoles.length ? el('p', {}, t('orPickLocal'), ' ', config.localRoles.map(role => el('button', {
      type: 'button', class: 'secondary', 'data-test': 'local-' + role,
      onclick: async () => use(await (await fetch('console/local-tokens/' + encodeURIComponent(role))).text()),
    }, role))) : null,
    message));
}

function render() {
  renderShell();
  if (!session.signedIn()) {
    signInPage();
    return;
  }
  const { page, params } = route();
  if (!params.org && page !== 'candidate') {
    location.replace(pages.hash(ROUTES[page] ? page : 'overview', { ...params, org: session.homeOrganisation() }));
    return;
  }
  (ROUTES[page] || pages.overview)(main, params);
  window.scrollTo(0, 0);
}

async function start() {
  try {
    config = await (await fetch('console/config')).json();
  } catch (e) {
    // the defaults above: the local entry point, no identity provider
  }
  setApiBase(config.apiBaseUrl);
  document.getElementById('language').addEventListener('click', () => {
    setLang(lang() === 'vi' ? 'en' : 'vi');
    render();
  });
  try {
    const token = await finishSignIn(config.oidc);
    if (token) session.use(token);
  } catch (error) {
    main.replaceChildren(failure(error));
    return;
  }
  window.addEventListener('hashchange', render);
  render();
}

start();
