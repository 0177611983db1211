// Red lines (a party's own, or those a profile believes the counterpart holds): refused values
// as checkboxes, or for a numeric issue the closed range [min, max] outside which it refuses.
import { el } from './common.js';
import { isNumeric, issueNamed, issueValues, item, member, sameValue, setOptional, valueCount, written } from './case-model.js';
import { removeButton, select, slot } from './case-controls.js';

/** A red line on `issue` as a new row starts it: a discrete issue refuses nothing yet, a numeric one its whole range. */
function fresh(issue) {
  return isNumeric(issue) ? { issue: issue.name, within: [issue.min, issue.max] } : { issue: issue.name, refuse: [] };
}

function refused(line, issue, changed, name) {
  const values = issueValues(issue);
  if (!values) {
    return el('span', { class: 'muted' }, `${valueCount(issue)} values: too many to list; edit this red line in the JSON`);
  }
  const current = () => line.refuse || [];
  return el('span', { class: 'checks' }, 'refuses', values.map(v => el('label', { class: 'compact' },
    el('input', {
      type: 'checkbox', checked: current().some(r => sameValue(issue, r, v)), 'aria-label': `${name}: refuse ${v}`,
      onchange: e => {
        const rest = current().filter(r => !sameValue(issue, r, v));
        line.refuse = e.target.checked ? values.filter(x => rest.some(r => sameValue(issue, r, x)) || x === v).map(x => written(issue, x)) : rest;
        changed();
      },
    }), String(v))));
}

function within(line, changed, name) {
  const bound = (i, label) => el('label', { class: 'compact' }, label, el('input', {
    type: 'number', step: 'any', style: 'width:6rem', value: (line.within || [])[i] ?? '', 'aria-label': `${name}: ${i ? 'max' : 'min'}`,
    oninput: e => { line.within = line.within || [null, null]; line.within[i] = e.target.value === '' ? null : Number(e.target.value); changed(); },
  }));
  return el('span', { class: 'checks' }, 'accepts only', bound(0, 'from'), bound(1, 'to'));
}

/**
 * The red lines of `owner` (a party or a profile), at path `field`. changed(): the case changed;
 * render(): redraw the editor (after a row is added or removed, or its issue changes).
 */
export function redLinesEditor(doc, owner, field, who, changed, render) {
  const lines = owner.redLines || [];
  const key = member(field, 'redLines');
  const rows = lines.map((line, i) => {
    const issue = issueNamed(doc, line.issue);
    const name = `${who} red line ${i + 1}`;
    const body = !issue ? el('span', { class: 'muted' }, 'an unknown issue')
      : isNumeric(issue) && !line.refuse ? within(line, changed, name)
        : refused(line, issue, changed, name);
    return el('div', { class: 'redline' },
      el('div', { class: 'row' },
        select(doc.issues.map(x => x.name).concat(issue ? [] : [line.issue]), line.issue, {
          'aria-label': `${name}: issue`,
          onchange: e => { lines[i] = fresh(issueNamed(doc, e.target.value)); changed(); render(); },
        }),
        body,
        removeButton(`remove ${name}`, () => { lines.splice(i, 1); setOptional(owner, 'redLines', lines); changed(); render(); })),
      slot(item(key, i)));
  });
  return el('div', { class: 'redlines' }, rows.length ? rows : el('span', { class: 'muted' }, 'No red lines. '),
    el('button', {
      class: 'secondary', 'aria-label': `add a red line for ${who}`,
      onclick: () => { owner.redLines = lines.concat([fresh(doc.issues[0])]); changed(); render(); },
    }, 'Add a red line'),
    slot(key));
}
