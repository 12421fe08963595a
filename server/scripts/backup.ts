import mongoose from 'mongoose';
import { backUpDatabase } from '../src/backup/back-up-database';

/** `npm run backup -- <dir>`: writes the database named in MONGODB_URI to <dir> (see docs/operations.md "Backup and restore"). */
const [dir] = process.argv.slice(2);
const uri = process.env.MONGODB_URI;
if (!dir || !uri) {
  console.error('Usage: MONGODB_URI=mongodb://host:port/child_care npm run backup -- <dir>');
  process.exit(2);
}
const client = await mongoose.mongo.MongoClient.connect(uri);
try {
  const manifest = await backUpDatabase(client.db(), dir);
  const documents = manifest.collections.reduce((sum, c) => sum + c.documents, 0);
  console.log(`Backed up ${manifest.database}: ${manifest.collections.length} collections, ${documents} documents, to ${dir}`);
} finally {
  await client.close();
}
