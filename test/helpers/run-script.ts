// Runs one of the project's TypeScript scripts in a child process (some tools are ESM-only, which Jest
// on Node 20 cannot load), exactly as `npm run` would.
import { spawnSync } from 'node:child_process';
import { projectPath } from '../../src/shared/paths';

export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [projectPath('node_modules/tsx/dist/cli.mjs'), projectPath(script), ...args], {
    cwd: projectPath(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
