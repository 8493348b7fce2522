const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** `YYYY-MM-DD` naming a day that exists (so `2027-02-30` and `2027-13-01` are rejected). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls overflow into the next month, so a round trip exposes impossible days.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** An expiry date applies through the whole of that UTC day, and not after. */
export function isPastExpiryDay(expires: string, now: Date): boolean {
  return now.getTime() > Date.parse(`${expires}T23:59:59.999Z`)
}
