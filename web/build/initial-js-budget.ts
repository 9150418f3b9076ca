import { gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';

/**
 * The JavaScript a first visit must download before anything renders: the entry chunk and every
 * chunk it imports statically (what index.html loads and modulepreloads). Lazy routes are not in
 * it. Printed on every build; above the budget the build fails (issue 10: 170 KB gzip).
 */
export function initialJsBudget(budgetBytes: number): Plugin {
  return {
    name: 'custodia:initial-js-budget',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle: Rollup.OutputBundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = chunks.get(fileName);
        if (!chunk || initial.has(fileName)) return;
        initial.add(fileName);
        chunk.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const sizes = [...initial].map((fileName) => ({
        fileName,
        gzip: gzipSync(chunks.get(fileName)?.code ?? '', { level: 9 }).length,
      }));
      const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      const lines = sizes.sort((a, b) => b.gzip - a.gzip).map((s) => `  ${kb(s.gzip).padStart(9)}  ${s.fileName}`);
      this.info(`initial JS ${kb(total)} gzip (budget ${kb(budgetBytes)}), ${sizes.length} chunks:\n${lines.join('\n')}`);
      if (total > budgetBytes) {
        this.error(`the initial JS is ${kb(total)} gzip, over the budget of ${kb(budgetBytes)}: load more of it lazily`);
      }
    },
  };
}
