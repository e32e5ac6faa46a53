import type { Translate } from '../../i18n/i18n.ts';
import { MAPPING_ROLES } from '../../state/mappingMemory.ts';
import type { MappingRole, ReportColumn } from '../../state/mappingMemory.ts';

export interface ColumnRolesProps {
  readonly columns: readonly ReportColumn[];
  readonly t: Translate;
  /** The user changed a column's role (by Excel letter). */
  readonly onChange: (column: string, role: MappingRole) => void;
  /** True when the roles shown came from a mapping remembered for this header. */
  readonly recalled: boolean;
  readonly disabled: boolean;
}

/**
 * The mapping step: every column with the role the importer gave it, each changeable with a
 * native select. Detection proposes, the user disposes; a change re-runs the import at once.
 * Headers are file text, rendered as text nodes only.
 */
export function ColumnRoles({ columns, t, onChange, recalled, disabled }: ColumnRolesProps) {
  if (columns.length === 0) return null;
  return (
    <section className="column-roles" aria-labelledby="column-roles-title">
      <h3 id="column-roles-title">{t('import.columns')}</h3>
      <p className="column-roles__hint">
        {recalled ? t('import.columnsRecalled') : t('import.columnsHint')}
      </p>
      <ul className="column-roles__list">
        {columns.map((c) => {
          const id = `column-role-${c.column}`;
          const header = c.header === '' ? t('import.columnNoHeader') : c.header;
          return (
            <li key={c.column} className="column-roles__item">
              <label htmlFor={id}>
                <span className="column-roles__letter">{c.column}</span> {header}
              </label>
              <select
                id={id}
                value={c.role}
                disabled={disabled}
                aria-label={t('import.columnRole', { column: c.column, header })}
                onChange={(e) => {
                  const role = MAPPING_ROLES.find((r) => r === e.target.value);
                  if (role !== undefined) onChange(c.column, role);
                }}
              >
                {MAPPING_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`import.role.${role}`)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
