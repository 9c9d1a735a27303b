import fs from 'node:fs';
import { looseDb, type Db } from '../../server/db/database.ts';
import { RESOURCES } from '../../server/resources/index.ts';
import { toRecord } from '../../server/rest/records.ts';

const PAGE = 20_000;

/**
 * Writes the database as a json-server file, `{ "work-orders": [...], ... }` keyed by resource
 * name with records as our API returns them, streaming page by page. Returns the record count.
 */
export async function exportJson(db: Db, file: string, names: string[]): Promise<number> {
  const fd = fs.openSync(file, 'w');
  let records = 0;
  try {
    fs.writeSync(fd, '{');
    let firstResource = true;
    for (const resource of RESOURCES.filter((r) => names.includes(r.name))) {
      fs.writeSync(fd, `${firstResource ? '' : ','}\n${JSON.stringify(resource.name)}: [`);
      firstResource = false;
      let lastId = 0;
      let first = true;
      for (;;) {
        const rows = await looseDb(db).selectFrom(resource.table).selectAll().where('id', '>', lastId).orderBy('id').limit(PAGE).execute();
        if (rows.length === 0) break;
        const chunk = rows.map((row) => JSON.stringify(toRecord(resource, row))).join(',\n');
        fs.writeSync(fd, (first ? '\n' : ',\n') + chunk);
        first = false;
        records += rows.length;
        lastId = Number(rows[rows.length - 1].id);
      }
      fs.writeSync(fd, '\n]');
    }
    fs.writeSync(fd, '\n}\n');
  } finally {
    fs.closeSync(fd);
  }
  return records;
}
