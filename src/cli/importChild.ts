/**
 * The validator's import, in a child process of its own (src/cli/validate.ts starts it): receives
 * one request over the IPC channel, runs the same pipeline as the browser and sends back the
 * report. Kept apart so that the parent can stop it when the time budget runs out (a timer
 * cannot interrupt synchronous code) and can still answer when it crashes.
 */
import { importAnyBytes } from '../import/importDataset.ts';
import type { ImportOptions, ImportReport } from '../import/model.ts';

export interface ChildRequest {
  readonly bytes: Uint8Array;
  readonly options: ImportOptions;
}

export interface ChildReply {
  readonly report: ImportReport;
}

process.once('message', (message: ChildRequest) => {
  importAnyBytes(message.bytes, message.options).then(
    (outcome) => {
      const reply: ChildReply = { report: outcome.report };
      process.send?.(reply, () => process.disconnect());
    },
    () => process.disconnect(),
  );
});
