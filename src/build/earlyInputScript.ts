import { EARLY_INPUT_CLASS, EARLY_INPUT_GLOBAL } from '../app/earlyInput.ts';

/**
 * The boot script's record of input given to the page before the app has taken it over (the app
 * replays it: src/app/earlyInput.ts): the last button clicked and each form field's last change,
 * with where they are in #root; handed over through `window[EARLY_INPUT_GLOBAL]()`, after which
 * a tap or a file (the app's to act on now) only drops the recorded one, until the app stops it
 * to replay the rest.
 */
export function earlyInputScript(): string {
  return `// Input before the app runs (a tab tapped on a phone's first second): kept for the app to replay.
(function () {
  var d = document, acts = [], taken = false;
  var root = function () { return d.getElementById('root'); };
  var within = function (el) { var r = root(); return r !== null && el !== r && r.contains(el); };
  var path = function (el) {
    var p = [];
    for (var n = el, r = root(); n !== r; n = n.parentElement) p.unshift(Array.prototype.indexOf.call(n.parentElement.children, n));
    return p;
  };
  var labelOf = function (t) {
    return t.getAttribute('aria-label') || (t.labels && t.labels[0] ? t.labels[0].textContent : '') || '';
  };
  // New input replaces what was recorded for the same thing. Once the app answers input itself
  // (taken), a tap or a file chosen is its to act on (an action: not recorded again); a field's
  // state is still recorded (setting it again is a no-op where the app saw the change).
  var note = function (a, same, action) {
    for (var i = acts.length - 1; i >= 0; i--) if (same(acts[i])) acts.splice(i, 1);
    if (taken && action) return;
    acts.push(a);
    d.documentElement.classList.add(${JSON.stringify(EARLY_INPUT_CLASS)});
  };
  var click = function (e) {
    var b = e.target && e.target.closest ? e.target.closest('button') : null;
    if (b === null || b.disabled || !within(b)) return;
    // The last button only: a second tap on a page that did not answer asks the same again.
    note({ kind: 'click', el: b, path: path(b), text: b.textContent }, function (a) { return a.kind === 'click'; }, true);
  };
  var change = function (e) {
    var t = e.target;
    if (!t || !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) || !within(t)) return;
    var radio = t.type === 'radio';
    var a = { kind: 'change', el: t, path: path(t), type: t.type, label: labelOf(t), value: t.value, checked: !!t.checked };
    note(a, function (b) { return b.el === t || (radio && b.type === 'radio' && b.el.name === t.name); }, t.type === 'file');
  };
  var types = ['click', 'input', 'change'], on = [click, change, change];
  for (var i = 0; i < types.length; i++) d.addEventListener(types[i], on[i], true);
  window[${JSON.stringify(EARLY_INPUT_GLOBAL)}] = function () {
    taken = true;
    return {
      actions: acts,
      stop: function () { for (var i = 0; i < types.length; i++) d.removeEventListener(types[i], on[i], true); }
    };
  };
})();
`;
}
