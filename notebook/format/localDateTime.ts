// A moment in the planner's local time as 2026-12-01 14:05, in either language. Not toLocaleString: the first
// Intl date format of a page loads the locale's data, tens of milliseconds of the main thread while the
// notebook builds its views (the evaluation's heading, the restored-work notice).

const two = (n: number) => String(n).padStart(2, '0');

export function localDateTime(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
