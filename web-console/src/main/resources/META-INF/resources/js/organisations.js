// The organisation picker: where you are in the tree (lineage, children) and an accent-insensitive search, limited by
// the API to the caller's subtree.
import { get } from './api.js';
import { el, link, load, empty } from './dom.js';
import { t } from './i18n.js';

/** A panel for choosing the organisation of a page; hashFor(orgId) is where a choice leads. */
export function organisationPanel(orgId, hashFor) {
  const tree = el('div', { class: 'tree', 'data-test': 'org-tree' });
  const results = el('ul', { class: 'search-results', 'data-test': 'org-search-results' });
  let timer;
  const input = el('input', {
    type: 'search', placeholder: t('searchOrganisations'), 'aria-label': t('searchOrganisations'), 'data-test': 'org-search',
    oninput: () => {
      clearTimeout(timer);
      timer = setTimeout(() => search(input.value.trim(), results, hashFor), 250);
    },
  });
  load(tree, () => get('/organisations/' + orgId), detail => [
    el('nav', { class: 'lineage', 'aria-label': 'lineage' },
      detail.lineage.map(parent => [link(hashFor(parent.id), parent.name, { 'data-test': 'lineage-link' }), ' › ']),
      el('strong', { 'data-test': 'org-name', 'data-org-id': detail.organisation.id }, detail.organisation.name)),
    el('details', { class: 'children', open: detail.children.length <= 12 },
      el('summary', {}, t('children') + ' (' + detail.children.length + ')'),
      detail.children.length === 0 ? empty(t('noChildren')) :
        el('ul', {}, detail.children.map(child => el('li', {},
          link(hashFor(child.id), child.name, { 'data-test': 'child-link', 'data-org-id': child.id }),
          el('span', { class: 'muted' }, ' ' + child.code))))),
  ]);
  return el('section', { class: 'org-panel' }, tree, input, results);
}

async function search(q, results, hashFor) {
  if (q.length < 2) {
    results.replaceChildren();
    return;
  }
  load(results, () => get('/organisations', { q, limit: 20 }), page => page.items.length === 0
    ? [el('li', {}, empty(t('searchNoResult')))]
    : page.items.map(org => el('li', {}, link(hashFor(org.id), org.name, { 'data-test': 'org-search-result', 'data-org-id': org.id }),
      el('span', { class: 'muted' }, ' ' + org.code))));
}
