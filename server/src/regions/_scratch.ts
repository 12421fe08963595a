import mongoose from 'mongoose';
import { findRegion, findRegionChildren } from './find-region';
const db = await mongoose.createConnection(process.env.MONGODB_URI!).asPromise();
for (const c of ['root', '52', '5201', '520123', '520123001', '11', '110101', '5301', '520102']) {
  const t = Date.now(); const r = (await findRegionChildren(db, c))!;
  console.log('children', c, Date.now() - t, 'ms', r.parent?.name, r.children.length, r.children.slice(0, 3).map((x) => x.name + (x.hasChildren ? '+' : '-')).join(' '));
}
for (const c of ['520123001201', '520123', '52', '520123999']) { const t = Date.now(); const r = await findRegion(db, c); console.log('find', c, Date.now() - t, 'ms', r?.path.map((p) => p.name).join('/'), r?.parentCode); }
await db.close();
