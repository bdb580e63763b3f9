/** Spreadsheet programs run a cell that starts with = + - @ (or a tab or return) as a formula: quote it as text. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Excel reads UTF-8 only when the file starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
