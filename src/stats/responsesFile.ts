import { foldKey, unitId } from '../domain/names.ts';
import { mapIndicators, type IndicatorMapping, type ResponseTable } from '../domain/responses.ts';
import type { GroupId } from '../domain/types.ts';
import { tryParseCsv } from '../import/parseCsv.ts';

/** How the response file's group cells name the dataset's groups. */
export interface GroupNames {
  readonly id: string;
  readonly names: readonly string[];
}

export interface LoadedResponses {
  readonly table: ResponseTable;
  readonly mapping: IndicatorMapping;
}

const REQUIRED = ['nam', 'khoi', 'don vi'] as const;

/**
 * Reads a bundled response-level file (format of data/README.md: an optional title line, then
 * `Năm,Khối,Đơn vị,Mã phiếu,<id>.<k>…`, answers 1–5 or empty) into a ResponseTable. Bundled
 * files only: a user's response file goes through the importer with its full checks. Throws on
 * a file that does not have this shape, so the caller falls back to standard errors.
 */
export function parseBundledResponses(
  text: string,
  groups: readonly GroupNames[],
): LoadedResponses {
  const parsed = tryParseCsv(text, ',');
  if (!parsed.ok) throw new Error('response file: unreadable CSV');
  const records = parsed.value;
  const headerIndex = records.findIndex((r) =>
    REQUIRED.every((h) => r.cells.some((c) => foldKey(c) === h)),
  );
  const header = records[headerIndex]?.cells;
  if (!header) throw new Error('response file: no header');
  const col = (name: string) => header.findIndex((c) => foldKey(c) === name);
  const [yearCol, groupCol, unitCol] = REQUIRED.map(col) as [number, number, number];
  const respondentCol = col('ma phieu');
  const mapping = mapIndicators(header);
  const indicatorCols = header.flatMap((h, i) =>
    mapping.indicators.some((list) => list.includes(i)) ? [i] : [],
  );
  // mapIndicators indexes the whole header; keep only indicator columns, re-indexed.
  const position = new Map(indicatorCols.map((c, i) => [c, i]));
  const tableMapping: IndicatorMapping = {
    subIndexIds: mapping.subIndexIds,
    indicators: mapping.indicators.map((list) => list.map((c) => position.get(c) as number)),
  };
  const groupOf = new Map<string, GroupId>();
  for (const g of groups) for (const n of g.names) groupOf.set(foldKey(n), g.id as GroupId);

  const rows = records.slice(headerIndex + 1).flatMap((r) => {
    const cell = (i: number) => (r.cells[i] ?? '').trim();
    if (r.cells.every((c) => c.trim() === '')) return [];
    const groupId = groupOf.get(foldKey(cell(groupCol)));
    const year = Number(cell(yearCol));
    if (groupId === undefined || !Number.isInteger(year))
      throw new Error(`response file: line ${r.line} has an unknown group or year`);
    const name = cell(unitCol);
    return [
      {
        year,
        groupId,
        unitId: unitId(groupId, name),
        unitName: name,
        respondentId: respondentCol < 0 ? null : cell(respondentCol),
        answers: indicatorCols.map((c) => {
          if (cell(c) === '') return null;
          const answer = Number(cell(c));
          // A bundled file is clean; anything else means it is not the file we expect.
          if (!Number.isFinite(answer))
            throw new Error(`response file: line ${r.line} has a non-numeric answer`);
          return answer;
        }),
      },
    ];
  });
  return {
    table: { indicators: indicatorCols.map((c) => header[c] ?? ''), rows },
    mapping: tableMapping,
  };
}
