import mongoose from 'mongoose';
import { regionModel } from './region-model';
const db = await mongoose.createConnection(process.env.MONGODB_URI!).asPromise();
const c = db.db!.collection('regions');
async function t(label: string, f: () => Promise<unknown>) { const s = Date.now(); await f(); console.log(label, Date.now() - s, 'ms'); }
for (const id of ['52', '520123', '520123001', '520123001201']) {
  await t('raw ' + id, () => c.findOne({ _id: id as never }));
  await t('raw proj ' + id, () => c.findOne({ _id: id as never }, { projection: { _id: 0, code: 1 } }));
  await t('mongoose ' + id, () => regionModel(db).findById(id, { _id: 0, code: 1 }).lean());
  await t('mongoose noproj ' + id, () => regionModel(db).findById(id).lean());
}
console.log(JSON.stringify(await c.find({ _id: '52' as never }).project({ _id: 0, code: 1 }).explain()).slice(0, 400));
await db.close();
