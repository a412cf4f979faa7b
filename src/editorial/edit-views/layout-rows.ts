/** One row of Strapi's edit layout: fields side by side, their sizes summing to at most 12 columns. */
export type LayoutRow = Array<{ name: string; size: number }>;

const ROW_WIDTH = 12;

/**
 * The edit layout with the fields in section order: each section starts a new row and fills
 * rows as Strapi does; fields no section names follow in their old order. A field keeps the
 * width it had, so a field an administrator widened stays wide.
 */
export const layoutInSections = (current: LayoutRow[], sections: ReadonlyArray<readonly string[]>): LayoutRow[] => {
  const sizes = new Map(current.flat().map((field) => [field.name, field.size]));
  const named = new Set(sections.flat());
  const groups = [
    ...sections,
    current
      .flat()
      .map((field) => field.name)
      .filter((name) => !named.has(name)),
  ];
  const rows: LayoutRow[] = [];
  for (const group of groups) {
    let row: LayoutRow = [];
    for (const name of group) {
      const size = sizes.get(name);
      if (size === undefined) continue; // Not in the edit view (hidden, or not an editable attribute).
      if (row.reduce((sum, field) => sum + field.size, 0) + size > ROW_WIDTH) {
        rows.push(row);
        row = [];
      }
      row.push({ name, size });
    }
    if (row.length > 0) rows.push(row);
  }
  return rows;
};
