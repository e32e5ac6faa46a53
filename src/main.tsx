import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startUrlSync } from './app/urlSync.ts';
import { loadCatalogue } from './i18n/i18n.ts';
import { useAppStore } from './state/store.ts';
import './app/styles.css';

startUrlSync();
const render = () =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// English messages are a lazy chunk: load them before the first paint of an English link.
loadCatalogue(useAppStore.getState().view.lang).then(render, render);
