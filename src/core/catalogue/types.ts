/** A user-supplied list of 科目编码 → 科目名称 (DESIGN.md §3: no official list is bundled). */

/** Codes by classification: 支出功能分类 (3/5/7 digits, 2…) and 支出经济分类 (3/5 digits, 3… or 5…). */
export interface CodeCatalogue {
  function: Map<string, string>;
  economic: Map<string, string>;
}

/** A parsed catalogue with zh-CN warnings for the lines that could not be read. */
export interface CatalogueResult {
  catalogue: CodeCatalogue;
  warnings: string[];
}
