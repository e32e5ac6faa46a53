import { useEffect, useRef } from 'react';
import type { DatasetMeta } from '../domain/meta.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';

export interface AboutDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly t: Translate;
  readonly lang: Lang;
  readonly datasets: readonly DatasetMeta[];
}

/**
 * "About the data": sources, licences and attributions of every dataset, method notes, what is
 * illustrative, and the 2025 merger of Bắc Kạn into Thái Nguyên. A native modal <dialog>
 * (focus trap, Escape and the top layer come with it).
 */
export function AboutDialog({ open, onClose, t, lang, datasets }: AboutDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="about" aria-labelledby="about-title" onClose={onClose}>
      <div className="about__head">
        <h2 id="about-title">{t('about.title')}</h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('about.close')}
        </button>
      </div>
      <section>
        <h3>{t('about.illustrative')}</h3>
        <p>{t('about.illustrativeText')}</p>
        <p>{t('about.merger')}</p>
      </section>
      <section>
        <h3>{t('about.method')}</h3>
        <p>{t('about.methodText')}</p>
      </section>
      <section>
        <h3>{t('about.sources')}</h3>
        {datasets.map((d) => (
          <article key={d.id} className="about__dataset">
            <h4>{d.title[lang]}</h4>
            <p>
              {d.source.name[lang]} · {d.source.licence[lang]}
              {d.source.url ? (
                <>
                  {' · '}
                  <a href={d.source.url} rel="noreferrer noopener" target="_blank">
                    {t('about.link')}
                  </a>
                </>
              ) : null}
            </p>
            {d.source.note ? <p>{d.source.note[lang]}</p> : null}
            {d.notes && d.notes.length > 0 ? (
              <ul>
                {d.notes.map((n) => (
                  <li key={n.vi}>{n[lang]}</li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
        <p>{t('about.boundaries')}</p>
      </section>
    </dialog>
  );
}
