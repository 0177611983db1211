// Shared helpers for the workbench pages: the API client, safe element building (text is always
// set as text, never as HTML, so names and descriptions are escaped wherever they are shown), and
// the page header.

/** Calls the API; resolves to the parsed JSON, rejects with an Error carrying the API's message. */
export async function api(method, path, body, type = 'application/json') {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.body = typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body);
    if (!(body instanceof FormData)) init.headers['Content-Type'] = type;
  }
  const r = await fetch(path, init);
  const text = await r.text();
  const data = text && (r.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text;
  if (!r.ok) {
    const e = new Error(data && data.error ? data.error : `HTTP ${r.status}`);
    e.status = r.status;
    e.data = data;
    throw e;
  }
  return data;
}

/** Builds an element: el('td', {class: 'num'}, 'text', child, …). Strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'value') e.value = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Replaces an element's content. */
export function fill(target, ...children) {
  const t = typeof target === 'string' ? document.getElementById(target) : target;
  t.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false)
    .map(c => c instanceof Node ? c : document.createTextNode(String(c))));
  return t;
}

/** A number for people: 4 decimals, or a dash. */
export function num(x, digits = 4) {
  return x === null || x === undefined || Number.isNaN(x) ? '—' : Number(x).toFixed(digits);
}

/** An outcome {issue: value} as one line. */
export function pkg(outcome) {
  return outcome ? Object.entries(outcome).map(([k, v]) => `${k}=${v}`).join(' · ') : '—';
}

/** A query-string parameter of this page. */
export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** The page header with the workbench's navigation. */
export function header(caseId) {
  const links = [el('a', { class: 'brand', href: '/' }, 'Détente')];
  if (caseId) {
    links.push(el('a', { href: `/case.html?id=${encodeURIComponent(caseId)}` }, 'Case'),
      el('a', { href: `/analysis.html?id=${encodeURIComponent(caseId)}` }, 'Analysis'),
      el('a', { href: `/rehearse.html?id=${encodeURIComponent(caseId)}` }, 'Rehearse & play'),
      el('a', { href: `/brief.html?id=${encodeURIComponent(caseId)}` }, 'Brief'),
      el('a', { href: `/live.html?id=${encodeURIComponent(caseId)}` }, 'Live'));
  }
  links.push(el('a', { href: '/tournament.html' }, 'Tournaments'), el('a', { href: '/conflict.html' }, 'Conflict'),
    el('a', { href: '/api/openapi.yaml' }, 'API'));
  document.body.prepend(el('header', {}, links));
}

/** Shows an error message in a status element. */
export function showError(target, e) {
  fill(target, el('span', { class: 'error' }, e.message || String(e)));
}

/** The package the composer's selects (#choices, one per issue) now show, as {issue: value}. */
export function choice() {
  const out = {};
  for (const s of document.querySelectorAll('#choices select')) out[s.dataset.issue] = s.value;
  return out;
}

/** Sets the composer's selects to a package. */
export function setChoice(outcome) {
  for (const sel of document.querySelectorAll('#choices select')) sel.value = outcome[sel.dataset.issue];
}
