/**
 * The problems of a list and of its entries in one text, for a table that shows its problems under
 * it: "The probabilities add up to 90%; expected 100%. Scenario 2, probability: Expected …".
 * @param problems the form's problems by field
 * @param field the list's path ("settings.scenarios")
 * @param entries each entry's path after the list's ("[1].probability") and its name in the text
 */
export function listProblems(
  problems: ReadonlyMap<string, string>,
  field: string,
  entries: readonly { readonly path: string; readonly name: string }[]
): string | undefined {
  const found = entries.flatMap(({ path, name }) => {
    const problem = problems.get(`${field}${path}`);
    return problem === undefined ? [] : [`${name}: ${problem}`];
  });
  const whole = problems.get(field);
  const all = whole === undefined ? found : [whole, ...found];
  return all.length > 0 ? all.join(". ") : undefined;
}
