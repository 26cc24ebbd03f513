// Files the service reads at run time (schema.graphql, prisma/migrations, samples/) sit at the project
// root, which is one level up from src/ when run with tsx and two up from dist/src/ when built.
import { existsSync } from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

export const projectPath = (...segments: string[]): string => path.join(PROJECT_ROOT, ...segments);
