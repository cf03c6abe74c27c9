/**
 * The clock for the suite's cost bounds ("checked within 10 s"): milliseconds of CPU this
 * process has used, user + system, all its threads. Unlike wall time it does not stretch when
 * other processes share the cores (two `npm test` at once, a busy CI machine), so a bound fails
 * on a real blow-up of work, not on a crowded machine.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
