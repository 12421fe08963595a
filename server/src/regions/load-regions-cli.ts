import mongoose from 'mongoose';
import { loadConfig } from '../config';
import { loadRegions } from './load-regions';

/**
 * Loads the region data by hand: `MONGODB_URI=mongodb://…/ccs npx tsx server/src/regions/load-regions-cli.ts [prefix]`.
 * Provinces come from REGION_PROVINCES; the optional prefix narrows townships and villages (e.g. 520123).
 */
const config = loadConfig();
const db = await mongoose.createConnection(config.MONGODB_URI).asPromise();
try {
  const provinces = config.REGION_PROVINCES.split(',').map((code) => code.trim()).filter(Boolean);
  const result = await loadRegions(db, { provinces, onlyWithin: process.argv[2] });
  console.log(JSON.stringify(result));
} finally {
  await db.close();
}
