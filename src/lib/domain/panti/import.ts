/**
 * Panti import from a spreadsheet, pure: the column list (derived from the registry form), the
 * mapping of one spreadsheet row to the very input `pantiFormSchema` validates for the create
 * form, and the preview with per-row errors and duplicates. Reading files and the database is
 * server work (src/lib/server/panti/import.ts). This module is the entry point; the parts live in
 * import-columns.ts, import-sheet.ts, import-row.ts and import-preview.ts.
 */
export * from './import-columns';
export * from './import-preview';
export * from './import-row';
export * from './import-sheet';
