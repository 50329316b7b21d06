// Small DOM helpers, and the three states every page passes through: loading, empty (saying what to do), error.
import { t, pick, number } from './i18n.js';

/** el('div', {class: 'x', 'data-test': 'y'}, child, 'text', ...) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function loading() {
  return el('p', { class: 'state loading', 'data-test': 'loading', role: 'status' }, el('span', { class: 'spinner' }), t('loading'));
}

export function empty(message) {
  return el('p', { class: 'state empty', 'data-test': 'empty' }, message);
}

export function failure(error, retry) {
  return el('div', { class: 'state error', 'data-test': 'error', role: 'alert', 'data-status': error.status ?? '' },
    el('span', {}, error.message),
    retry ? el('button', { type: 'button', onclick: retry }, t('retry')) : null);
}

/** Shows loading in target, then what render(data) gives, or the error. */
export async function load(target, fetcher, render) {
  target.replaceChildren(loading());
  try {
    const data = await fetcher();
    target.replaceChildren(...[render(data)].flat(Infinity).filter(node => node !== null && node !== undefined && node !== false));
  } catch (error) {
    console.error(error);
    target.replaceChildren(failure(error, () => load(target, fetcher, render)));
  }
}

/** A link inside the console. */
export function link(hash, text, attributes = {}) {
  return el('a', { href: hash, ...attributes }, text);
}

/** A report table as the API gives it: headers in the current language, numbers as the language writes them. */
export function reportTable(table, options = {}) {
  const hidden = new Set(options.hide || []);
  const columns = table.columns.filter(column => !hidden.has(column.key));
  if (table.rows.length === 0) {
    return el('div', { class: 'table-block' }, el('h3', {}, pick(table.titleVi, table.titleEn)),
      empty(options.emptyMessage || t('emptyTable')));
  }
  const cell = (row, column) => {
    const value = row[column.key];
    const shown = typeof value === 'number' ? number(value) : value === true ? '✓' : value === false ? '—' : (value ?? '—');
    const linked = options.links && options.links[column.key] ? options.links[column.key](row) : null;
    return el('td', { 'data-key': column.key, class: typeof value === 'number' ? 'num' : null }, linked ? link(linked, shown) : shown);
  };
  return el('div', { class: 'table-block', 'data-table': table.name },
    el('h3', {}, pick(table.titleVi, table.titleEn)),
    el('div', { class: 'scroll' },
      el('table', {},
        el('thead', {}, el('tr', {}, columns.map(column => el('th', { scope: 'col' }, pick(column.vi, column.en))))),
        el('tbody', {}, table.rows.map(row => el('tr', {}, columns.map(column => cell(row, column))))))));
}
