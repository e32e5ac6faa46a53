import type { Plugin } from 'vite';

/**
 * One chunk for everything the dashboard's entry imports statically (issue 12, point 1). Left to
 * itself the bundler cuts the start-up graph into ~30 chunks wherever a lazy view shares a module
 * with it; each is a request and a separately gzipped file whose imports name other hashed files,
 * which costs ≈ 10 KiB gzip over one chunk. The entry's static graph is collected when the build
 * has seen every module (buildEnd) and named as one `codeSplitting` group, which runs later, when
 * chunks are made. Lazy chunks import what they share from it (it is loaded already); react-dom's
 * client stays its own chunk. The entry module itself stays in the entry chunk.
 *
 * `entrySuffix` is how the entry module's id ends (e.g. `/src/main.tsx`).
 */
export function startupChunk(entrySuffix: string): Plugin {
  const startup = new Set<string>();
  let entry: string | undefined;
  return {
    name: 'startup-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                {
                  name: 'startup',
                  test: (id: string) =>
                    id !== entry && startup.has(id) && !id.includes('/node_modules/'),
                },
              ],
            },
          },
        },
      },
    }),
    buildEnd() {
      startup.clear();
      entry = [...this.getModuleIds()].find((id) => id.endsWith(entrySuffix));
      const todo = entry === undefined ? [] : [entry];
      for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
        if (startup.has(id)) continue;
        startup.add(id);
        todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}
