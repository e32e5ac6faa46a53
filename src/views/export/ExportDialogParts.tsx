import type { CsvDialect } from '../../export/csv.ts';
import type { ExportFormat } from '../../export/pipeline.ts';
import type { ExportInfo } from '../../export/types.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { DEFAULT_MAX_URL_CHARS } from '../../storage/shareLink.ts';
import { CopyField } from './CopyField.tsx';
import type { ExportForm } from './exportRequest.ts';
import { MAX_HIGHLIGHT, MAX_WIDTH, MIN_WIDTH, SIZES } from './exportOptions.ts';
import type { ShareLink } from './useShareLink.ts';

type SetForm = (change: Partial<ExportForm>) => void;

/** "Before exporting": title, subtitle, a note and up to three highlighted units. */
export function ExportEdits(props: {
  form: ExportForm;
  set: SetForm;
  highlightable: ExportInfo['highlight'];
  t: Translate;
}) {
  const { form, set, highlightable: hl, t } = props;
  const toggle = (id: string, on: boolean) =>
    set({
      highlight: on
        ? form.highlight.length < MAX_HIGHLIGHT
          ? [...form.highlight, id]
          : form.highlight
        : form.highlight.filter((x) => x !== id),
    });
  return (
    <fieldset className="export-dialog__edits">
      <legend>{t('export.editHeading')}</legend>
      <label>
        {t('export.titleField')}
        <input
          value={form.title}
          onChange={(e) => set({ title: e.target.value })}
          maxLength={200}
        />
      </label>
      <label>
        {t('export.subtitleField')}
        <input
          value={form.subtitle}
          onChange={(e) => set({ subtitle: e.target.value })}
          maxLength={200}
        />
      </label>
      <label>
        {t('export.noteField')}
        <input value={form.note} onChange={(e) => set({ note: e.target.value })} maxLength={300} />
      </label>
      <p className="export-dialog__locked">{t('export.locked')}</p>
      {hl && hl.units.length > 0 ? (
        <fieldset className="export-dialog__highlight">
          <legend>{t('export.highlight')}</legend>
          {hl.units.map((u) => (
            <label key={u.id}>
              <input
                type="checkbox"
                checked={form.highlight.includes(u.id)}
                disabled={!form.highlight.includes(u.id) && form.highlight.length >= MAX_HIGHLIGHT}
                onChange={(e) => toggle(u.id, e.target.checked)}
              />
              {u.name}
            </label>
          ))}
        </fieldset>
      ) : null}
    </fieldset>
  );
}

/** Image size (and a custom width) and, for a chart with a table, the CSV dialect. */
export function ExportOptions(props: {
  form: ExportForm;
  set: SetForm;
  hasTable: boolean;
  t: Translate;
}) {
  const { form, set, hasTable, t } = props;
  return (
    <div className="export-dialog__options">
      <label>
        {t('export.size')}
        <select value={form.sizeId} onChange={(e) => set({ sizeId: e.target.value })}>
          {SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {t(s.label)}
            </option>
          ))}
        </select>
      </label>
      {form.sizeId === 'custom' ? (
        <label>
          {t('export.customWidth')}
          <input
            type="number"
            min={MIN_WIDTH}
            max={MAX_WIDTH}
            step={10}
            value={form.customWidth}
            onChange={(e) => set({ customWidth: Number(e.target.value) })}
          />
        </label>
      ) : null}
      {hasTable ? (
        <label>
          {t('export.dialect')}
          <select
            value={form.dialect}
            onChange={(e) => set({ dialect: e.target.value as CsvDialect })}
          >
            <option value="plain">{t('export.dialectPlain')}</option>
            <option value="excel-vi">{t('export.dialectExcel')}</option>
          </select>
        </label>
      ) : null}
    </div>
  );
}

/** The six CONTRACTS.md actions: PNG, SVG, CSV, copy image, copy link, embed. */
export function ExportActions(props: {
  busy: boolean;
  hasTable: boolean;
  showEmbed: boolean;
  onDownload: (format: ExportFormat) => void;
  onCopyImage: () => void;
  onCopyLink: () => void;
  onEmbed: () => void;
  t: Translate;
}) {
  const { busy, hasTable, t } = props;
  return (
    <div className="export-dialog__actions" role="group" aria-label={t('export.dialogTitle')}>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => props.onDownload('png')}
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => props.onDownload('svg')}
      >
        {t('export.svg')}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy || !hasTable}
        title={hasTable ? undefined : t('export.noTable')}
        onClick={() => props.onDownload('csv')}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={props.onCopyImage}
      >
        {t('export.copyImage')}
      </button>
      <button type="button" className="button button--secondary" onClick={props.onCopyLink}>
        {t('export.copyLink')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={props.showEmbed}
        onClick={props.onEmbed}
      >
        {t('export.embed')}
      </button>
    </div>
  );
}

/** The embed code (once asked for) and the link, each with a copy button, and why not when too large. */
export function ShareFields(props: {
  share: ShareLink;
  snippet: string | null;
  showEmbed: boolean;
  onCopied: (ok: boolean) => void;
  t: Translate;
}) {
  const { share, snippet, showEmbed, onCopied, t } = props;
  return (
    <>
      {showEmbed && snippet !== null ? (
        <CopyField
          label={t('export.embedCode')}
          value={snippet}
          copyLabel={t('export.copy')}
          multiline
          onCopied={onCopied}
        />
      ) : showEmbed && share.embedBlocked ? (
        <p className="export-dialog__locked" role="note">
          {t('export.embedTooLarge', { max: DEFAULT_MAX_URL_CHARS })}
        </p>
      ) : null}
      <CopyField
        label={t('export.link')}
        value={share.url}
        copyLabel={t('export.copy')}
        onCopied={onCopied}
      />
      {share.tooLargeChars !== null ? (
        <p className="export-dialog__locked" role="note">
          {t('share.tooLarge', { chars: share.tooLargeChars, max: DEFAULT_MAX_URL_CHARS })}
        </p>
      ) : null}
    </>
  );
}

/** The caption, alt text and citation to quote, each with a copy button (empty ones left out). */
export function QuoteFields(props: {
  caption: string;
  alt: string;
  citation: string;
  onCopied: (ok: boolean) => void;
  t: Translate;
}) {
  const { caption, alt, citation, onCopied, t } = props;
  const field = (label: string, value: string) => (
    <CopyField
      label={label}
      value={value}
      copyLabel={t('export.copy')}
      multiline
      onCopied={onCopied}
    />
  );
  return (
    <>
      {caption ? field(t('export.caption'), caption) : null}
      {alt ? field(t('export.alt'), alt) : null}
      {field(t('export.citation'), citation)}
    </>
  );
}
