import mongoose from 'mongoose';
import { restoreDatabase } from '../src/backup/restore-database';

/** `npm run restore -- <dir> [--drop]`: restores a backup into the (empty) database named in MONGODB_URI. */
const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--'));
const uri = process.env.MONGODB_URI;
if (!dir || !uri) {
  console.error('Usage: MONGODB_URI=mongodb://host:port/child_care npm run restore -- <dir> [--drop]');
  process.exit(2);
}
const client = await mongoose.mongo.MongoClient.connect(uri);
try {
  const manifest = await restoreDatabase(client.db(), dir, { drop: args.includes('--drop') });
  const documents = manifest.collections.reduce((sum, c) => sum + c.documents, 0);
  console.log(`Restored ${manifest.collections.length} collections, ${documents} documents, from ${dir} into ${client.db().databaseName}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await client.close();
}
