import type { Db, Tx } from '../client.ts';

/** The database handle the seed works with: the DB layer's `Db` (its pool is `db.$client`). */
export type TSeedDb = Db;
export type TSeedTx = Tx;
