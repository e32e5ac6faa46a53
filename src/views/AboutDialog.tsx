import type { DatasetMeta } from '../domain/meta.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { Dialog } from '../ui/Dialog.tsx';

export interface AboutDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly t: Translate;
  readonly lang: Lang;
  readonly datasets: readonly DatasetMeta[];
}

/**
 * "About the data": sources, licences and attributions of every dataset, method notes, what is
 * illustrative, and the 2025 merger of Bắc Kạn into Thái Nguyên (in the one Dialog shell).
 */
export function AboutDialog({ open, onClose, t, lang, datasets }: AboutDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('about.title')}
      className="about"
      closeLabel={t('about.close')}
    >
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
    </Dialog>
  );
}
