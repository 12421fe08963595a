import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchDatabase } from '../../server/src/db/launch-database';
import '../../server/test-support/provided-context';


/** One real database server for the whole run; each test file works in a database of its own. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ccs-test-db-'));
  const database = await launchDatabase({ dataDir });
  project.provide('mongodbUri', database.uri);
  project.provide('postgresqlUrl', database.postgresqlUrl ?? '');
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
