// Starts the real service (src/main.ts) as a child process, as `npm start` does, and waits for its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { projectPath } from '../../src/shared/paths';

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The heap `npm start` gives the service (package.json's start script). */
export const START_HEAP = '--max-old-space-size=192';

export function startService(env: Record<string, string>, timeoutMs = 90_000, nodeArgs: string[] = []): Promise<ServiceProcess> {
  // tsx as a loader inside the one node process, so that a signal reaches the service itself.
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', projectPath('src/main.ts')], {
    cwd: projectPath(),
    // NODE_ENV as npm start leaves it (Jest's "test" changes what libraries do, Apollo's signal handling among them).
    env: { ...process.env, NODE_ENV: '', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', DOSSIER_ADMIN_KEY: SERVICE_ADMIN_KEY, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`service did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API at (http:\/\/\S+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          async stop(signal = 'SIGTERM') {
            if (child.exitCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code}:\n${output}`));
    });
  });
}

/** Resolves once /ready answers 200: at a first start, SIPRI's register loads after the port opens. */
export async function waitForReady(url: string, timeoutMs = 120_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if ((await fetch(`${url}/ready`).catch(() => null))?.status === 200) return;
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** The admin key the spawned services are given (DOSSIER_ADMIN_KEY); postGraphQL sends it. */
export const SERVICE_ADMIN_KEY = 'dsk_test_admin_key_for_spawned_services';

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>, key: string | null = SERVICE_ADMIN_KEY): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
