import type { TConfig } from '../../config/env.ts';
import { createLocalExportStorage, type TExportStorage } from './export-storage.ts';
import { exportsDirOf } from './exports.module.ts';
import { createS3ExportStorage } from './s3-export-storage.ts';

/** The storage the configuration names (EXPORT_STORAGE): local disk by default, S3 for several instances. */
export function createExportStorage(config: Pick<TConfig, 'exportStorage' | 'dataDir'>): TExportStorage {
  return config.exportStorage.kind === 's3' ? createS3ExportStorage(config.exportStorage) : createLocalExportStorage(exportsDirOf(config.dataDir));
}
