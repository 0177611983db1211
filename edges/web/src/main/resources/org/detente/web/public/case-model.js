// The case editor's model helpers: pure functions over the native case JSON (docs/case-file.md).
// The JSON object is the single source of truth; the forms only edit it through these and direct
// assignments.

/** The most values an issue may have for the editor to list them one by one (selects, checkboxes). */
export const LISTED = 400;

/** The path of member `key` of the object at `parent`, written as the validator writes it. */
export function member(parent, key) {
  const plain = key.length > 0 && !/[.[\]"\s]/.test(key);
  if (!plain) return `${parent}["${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]`;
  return parent ? `${parent}.${key}` : key;
}

/** The path of item `i` of the list at `parent`. */
export const item = (parent, i) => `${parent}[${i}]`;

export const isNumeric = issue => issue.type === 'integer' || issue.type === 'real';

/**
 * The values of an issue, in order: names for a discrete issue, numbers for a numeric one; null for
 * a real issue without a step (a continuum) and for an issue of more than LISTED values.
 */
export function issueValues(issue) {
  if (!issue) return null;
  if (issue.type === 'discrete') return (issue.values || []).map(String);
  const { min, max } = issue;
  const step = issue.type === 'integer' ? 1 : issue.step;
  if (!(step > 0) || !Number.isFinite(min) || !Number.isFinite(max) || max < min) return null;
  const n = Math.floor((max - min) / step + 1e-9);
  if (n + 2 > LISTED) return null;
  const out = [];
  for (let k = 0; k <= n; k++) out.push(Number((min + k * step).toPrecision(12)));
  if (max - out[out.length - 1] > 1e-9 * Math.max(1, Math.abs(max))) out.push(max);
  return out;
}

/** How many values an issue has (Infinity for a continuum), for the messages that say why a list is not shown. */
export function valueCount(issue) {
  if (issue.type === 'discrete') return (issue.values || []).length;
  const step = issue.type === 'integer' ? 1 : issue.step;
  return step > 0 ? Math.floor((issue.max - issue.min) / step + 1e-9) + 1 : Infinity;
}

/** Whether value `a` (as written in the case) names value `b` of `issue`. */
export function sameValue(issue, a, b) {
  if (!isNumeric(issue)) return String(a) === String(b);
  const x = Number(a); const y = Number(b);
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** A value as the case writes it: a number on a numeric issue, a name on a discrete one. */
export const written = (issue, v) => (isNumeric(issue) ? Number(v) : String(v));

export const issueNamed = (doc, name) => doc.issues.find(i => i.name === name);

/** Sets weight `issue` to w and rescales the others so that they sum to 1 - w. */
export function setWeight(weights, issue, w) {
  const others = Object.keys(weights).filter(k => k !== issue);
  const rest = others.reduce((s, k) => s + weights[k], 0);
  weights[issue] = w;
  for (const k of others) {
    weights[k] = rest > 0 ? weights[k] * (1 - w) / rest : (1 - w) / others.length;
  }
}

/** Scales weights to sum 1, keeping their proportions (equal shares when they are all 0). */
export function rescale(weights) {
  const keys = Object.keys(weights);
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  for (const k of keys) weights[k] = sum > 0 ? weights[k] / sum : 1 / keys.length;
}

/** Renames key `old` of obj to `name` in place, keeping the keys' order. */
function renameKey(obj, old, name) {
  if (!obj || typeof obj !== 'object' || !(old in obj) || old === name) return;
  const entries = Object.entries(obj).map(([k, v]) => [k === old ? name : k, v]);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) obj[k] = v;
}

/**
 * The name under which the case still mentions an issue or party that is, for now, named like
 * another one (while a name is being typed): its mentions follow once the name is unique again.
 */
const mentioned = new WeakMap();

function rename(all, thing, name, propagate) {
  const old = mentioned.get(thing) ?? thing.name;
  thing.name = name;
  const clash = n => all.some(x => x !== thing && x.name === n);
  if (clash(name) || clash(old)) { mentioned.set(thing, old); return; }
  mentioned.delete(thing);
  if (old !== name) propagate(old, name);
}

/** Renames an issue (an object of doc.issues), and every mention of it. */
export function renameIssue(doc, issue, name) {
  rename(doc.issues, issue, name, (old, next) => mentionIssue(doc, old, next));
}

function mentionIssue(doc, old, name) {
  const redLines = list => (list || []).forEach(r => { if (r.issue === old) r.issue = name; });
  for (const p of doc.parties) {
    renameKey(p.weights, old, name);
    renameKey(p.values, old, name);
    redLines(p.redLines);
  }
  for (const r of doc.ratifiers || []) { renameKey(r.weights, old, name); renameKey(r.values, old, name); }
  for (const d of doc.deals || []) renameKey(d.values, old, name);
  for (const f of doc.profiles || []) { renameKey(f.weights, old, name); renameKey(f.values, old, name); redLines(f.redLines); }
  for (const g of doc.gestures || []) if (g.issues) g.issues = g.issues.map(i => (i === old ? name : i));
}

/**
 * Removes an issue (an object of doc.issues) and every mention of it; the other weights are scaled
 * up to sum 1 again, in proportion.
 */
export function removeIssue(doc, issue) {
  doc.issues = doc.issues.filter(i => i !== issue);
  const name = mentioned.get(issue) ?? issue.name;
  mentioned.delete(issue);
  if (doc.issues.some(i => i.name === name)) return;
  const redLines = owner => {
    if (!owner.redLines) return;
    owner.redLines = owner.redLines.filter(r => r.issue !== name);
    if (!owner.redLines.length) delete owner.redLines;
  };
  for (const p of doc.parties) {
    if (p.weights) {
      delete p.weights[name];
      rescale(p.weights);
    }
    if (p.values) delete p.values[name];
    redLines(p);
  }
  for (const d of doc.deals || []) delete d.values[name];
  for (const f of doc.profiles || []) {
    if (f.weights) delete f.weights[name];
    if (f.values) delete f.values[name];
    redLines(f);
  }
  for (const g of doc.gestures || []) {
    if (!g.issues) continue;
    g.issues = g.issues.filter(i => i !== name);
    if (!g.issues.length) delete g.issues;
  }
}

/** Renames a party (an object of doc.parties), and every mention of it. */
export function renameParty(doc, party, name) {
  rename(doc.parties, party, name, (old, next) => mentionParty(doc, old, next));
}

function mentionParty(doc, old, name) {
  for (const r of doc.ratifiers || []) if (r.party === old) r.party = name;
  for (const f of doc.profiles || []) {
    if (f.holder === old) f.holder = name;
    if (f.about === old) f.about = name;
  }
  for (const g of doc.gestures || []) {
    if (g.giver === old) g.giver = name;
    if (g.receiver === old) g.receiver = name;
  }
}

/** Sets an optional member: an empty or undefined value removes it. */
export function setOptional(obj, key, value) {
  if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) delete obj[key];
  else obj[key] = value;
}

/** A name not yet used among `names`: "base 1", "base 2", … */
export function freshName(base, names) {
  for (let i = 1; ; i++) if (!names.includes(`${base} ${i}`)) return `${base} ${i}`;
}
