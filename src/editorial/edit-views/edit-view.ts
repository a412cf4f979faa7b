/** What an editor reads beside one field: its name in words, and what to put in it. */
export type FieldGuide = { readonly label: string; readonly description?: string; readonly placeholder?: string };

/**
 * How one content type or component shows in the admin panel. `sections` are the edit view's
 * groups of fields, top to bottom; a section always starts a new row, and a field no section
 * names keeps its place after them. `listColumns` are the list view's columns.
 */
export type EditView = {
  readonly fields: Readonly<Record<string, FieldGuide>>;
  readonly sections?: ReadonlyArray<readonly string[]>;
  readonly listColumns?: readonly string[];
  /** Fields the server writes: shown read-only, for everyone. */
  readonly readOnly?: readonly string[];
};
