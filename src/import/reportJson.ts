import type { Issue } from '../domain/issues.ts';
import type { ImportReport } from './model.ts';

/** A plain JSON value (what `JSON.stringify` writes). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The validator's JSON object (CONTRACTS.md), fields in the documented order. `message` comes
 * from the caller (src/i18n/issueMessages.ts) so this module stays free of text. Sub-index
 * headers become keys through `Object.fromEntries`, which defines own properties — a header
 * named `__proto__` stays a plain key.
 */
export function reportToJson(report: ImportReport, message: (issue: Issue) => string): Json {
  return {
    ok: report.ok,
    encoding: report.encoding,
    delimiter: report.delimiter,
    decimal: report.decimal,
    headerLine: report.headerLine,
    units: report.units,
    years: [...report.years],
    groups: [...report.groups],
    index: report.index ?? null,
    scale: report.scale === undefined ? null : { min: report.scale.min, max: report.scale.max },
    rows: report.rows.map((row) => ({
      year: row.year,
      group: row.group,
      unit: row.unit,
      score: row.score,
      rank: row.rank,
      rankSource: row.rankSource,
      tier: row.tier ?? null,
      fieldSize: row.fieldSize ?? null,
      subIndices: Object.fromEntries(row.subIndices) as { [key: string]: Json },
      notes: row.notes,
    })),
    columns: (report.columns ?? []).map((c) => ({
      header: c.header,
      column: c.column,
      role: c.role,
      ...(c.subIndex === undefined ? {} : { subIndex: c.subIndex }),
      ...(c.year === undefined ? {} : { year: c.year }),
    })),
    issues: report.issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      line: issue.line,
      excelRow: issue.excelRow,
      column: issue.column,
      header: issue.header,
      value: issue.value,
      related: issue.related.map((r) => ({ line: r.line, column: r.column })),
      message: message(issue),
    })),
  };
}
