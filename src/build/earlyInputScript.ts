import { EARLY_INPUT_CLASS, EARLY_INPUT_GLOBAL } from '../app/earlyInput.ts';

/**
 * The boot script's record of input given to the page before the app has taken it over (the app
 * replays it: src/app/earlyInput.ts): the last button clicked and each form field's last change,
 * with where they are in #root; handed over, and recording stopped, through
 * `window[EARLY_INPUT_GLOBAL]()`.
 */
export function earlyInputScript(): string {
  return `// Input before the app runs (a tab tapped on a phone's first second): kept for the app to replay.
(function () {
  var d = document, acts = [];
  var root = function () { return d.getElementById('root'); };
  var within = function (el) { var r = root(); return r !== null && el !== r && r.contains(el); };
  var path = function (el) {
    var p = [];
    for (var n = el, r = root(); n !== r; n = n.parentElement) p.unshift(Array.prototype.indexOf.call(n.parentElement.children, n));
    return p;
  };
  var keep = function (a, replaces) {
    for (var i = acts.length - 1; i >= 0; i--) if (replaces(acts[i])) acts.splice(i, 1);
    acts.push(a);
    d.documentElement.classList.add(${JSON.stringify(EARLY_INPUT_CLASS)});
  };
  var click = function (e) {
    var b = e.target && e.target.closest ? e.target.closest('button') : null;
    if (b === null || b.disabled || !within(b)) return;
    keep({ kind: 'click', el: b, path: path(b), text: b.textContent }, function (a) { return a.kind === 'click'; });
  };
  var change = function (e) {
    var t = e.target;
    if (!t || !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) || !within(t)) return;
    var radio = t.type === 'radio';
    keep({ kind: 'change', el: t, path: path(t), type: t.type, value: t.value, checked: !!t.checked }, function (a) {
      return a.el === t || (radio && a.type === 'radio' && a.el.name === t.name);
    });
  };
  var types = ['input', 'change'];
  d.addEventListener('click', click, true);
  for (var i = 0; i < types.length; i++) d.addEventListener(types[i], change, true);
  window[${JSON.stringify(EARLY_INPUT_GLOBAL)}] = function () {
    d.removeEventListener('click', click, true);
    for (var i = 0; i < types.length; i++) d.removeEventListener(types[i], change, true);
    var out = acts;
    acts = [];
    return out;
  };
})();
`;
}
