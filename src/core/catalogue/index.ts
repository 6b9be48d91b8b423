/** The user-supplied 科目目录 (code catalogue): types and the parsers hosts call. */
export type { CatalogueResult, CodeCatalogue } from './types';
export { catalogueFromGrid, catalogueFromGrids, parseCatalogueText } from './parse';
export { decodeCatalogueBytes } from './decode';
export { catalogueNameKey } from './names';
