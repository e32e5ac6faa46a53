/**
 * Registers the service worker of the production build (src/sw/sw.js, emitted as sw.js by
 * src/sw/plugin.ts) once the page has loaded and the browser is idle, so it never competes with
 * the first paint. Skipped in the dev server and in tests (no sw.js there) and where service
 * workers are unavailable (e.g. an insecure origin); a failed registration only costs offline use.
 */
function register(): void {
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
}

function whenIdle(): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(register, { timeout: 5000 });
  } else {
    setTimeout(register, 1000);
  }
}

if (import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

export {};
