const TOKEN = /\{\{table:([^}]+)\}\}/g;

/**
 * Replaces each `{{table:KEY}}` in a formula DEAL wrote with the table's name in this workbook.
 * @throws Error when a formula names a table the plans do not have (a defect in a builder).
 */
export function resolveTableTokens(
  formula: string,
  tableNames: ReadonlyMap<string, string>
): string {
  return formula.replace(TOKEN, (_, key: string) => {
    const name = tableNames.get(key);
    if (name === undefined)
      throw new Error(`A DEAL formula refers to an unknown table key "${key}".`);
    return name;
  });
}
