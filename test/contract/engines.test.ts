// Every installed package supports the Node.js versions the project declares, so that `npm install` on them prints
// no EBADENGINE warning (once, eight packages asked for Node 22 on the machines' Node 20).
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { projectPath } from '../../src/shared/paths';

const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(projectPath('package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };

describe('the declared Node.js versions', () => {
  it('are 20.19 or later, which the machines run', () => {
    expect(semver.minVersion(manifest.engines.node)?.version).toBe('20.19.0');
    expect(semver.satisfies(process.version, manifest.engines.node)).toBe(true);
  });

  it('are supported by every package in the lockfile', () => {
    const lowest = semver.minVersion(manifest.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .flatMap(([name, entry]) => {
        const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return node && !semver.satisfies(lowest, node) ? [`${name}@${entry.version}: node ${node}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
