/** "1 row", "10 rows": a number with its noun, in the singular or with a plain "s". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
