import type { Issue } from '../../domain/issues.ts';
import { writeRows } from '../../export/csv.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { issueMessage } from '../../i18n/issueMessages.ts';

/**
 * "Tải toàn bộ danh sách" / "Download the full list": one tab-separated row per issue (severity,
 * code, line, column, message), written like every CSV export — messages quote values from the
 * file, so a value such as `x\n=HYPERLINK(…)` must stay inside its quoted cell and be neutralised.
 */
export function issueListTsv(issues: readonly Issue[], lang: Lang): string {
  return writeRows(
    issues.map((issue) => [
      issue.severity,
      issue.code,
      issue.line,
      issue.column,
      issueMessage(issue, lang),
    ]),
    '\t',
  );
}
