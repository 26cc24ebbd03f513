// npm run build: the service compiled to dist/src (swc: TypeScript to CommonJS, file by file, in about a second;
// `npm run typecheck` is what checks the types) and the explorer built by Vite into dist/web. Each half is
// rebuilt only when one of its inputs is newer than its last build, so that a second `npm start` with nothing
// changed starts at once (tsc and Vite ran on every start before, some 20 s on a loaded machine). --force
// rebuilds both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFile } from '@swc/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

/** Every file under `dir` (node_modules and generated output excluded). */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
    return [full];
  });
}

const newest = (files) => Math.max(0, ...files.map((file) => statSync(file).mtimeMs));

/** Runs `build` unless the stamp is newer than every input; then stamps. */
async function step(name, inputs, stamp, build) {
  const stampFile = path.join(root, stamp);
  if (!force && existsSync(stampFile) && statSync(stampFile).mtimeMs >= newest(inputs)) {
    console.log(`${name}: up to date`);
    return;
  }
  const started = Date.now();
  await build();
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, new Date().toISOString());
  console.log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const lockfile = path.join(root, 'package-lock.json');

await step('service', [...filesUnder(path.join(root, 'src')), lockfile], 'dist/.service-built', async () => {
  rmSync(path.join(root, 'dist', 'src'), { recursive: true, force: true });
  const sources = filesUnder(path.join(root, 'src')).filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'));
  await Promise.all(
    sources.map(async (file) => {
      const out = path.join(root, 'dist', path.relative(root, file)).replace(/\.tsx?$/, '.js');
      const { code, map } = await transformFile(file, {
        jsc: { parser: { syntax: 'typescript', tsx: file.endsWith('.tsx') }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: true,
        outputPath: out,
      });
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
      if (map) writeFileSync(`${out}.map`, map);
    }),
  );
});

await step('explorer', [...filesUnder(path.join(root, 'web')), lockfile], 'dist/web/.explorer-built', () => {
  const vite = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
});
