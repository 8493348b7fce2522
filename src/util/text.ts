/** `25,000`: thousands separators without toLocaleString, whose first call loads ICU data (~30 ms). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** `3 findings`, `1 finding`. */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`
}
