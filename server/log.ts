/** Jupyter-style log lines: `[I 2026-01-31 12:00:00.000 Quire] message`. */

/** Log levels as Jupyter abbreviates them: info, warning, critical, error. */
export type LogLevel = 'I' | 'W' | 'C' | 'E';

/** Writes one log line at a level. */
export type Logger = (level: LogLevel, message: string) => void;

/** Formats a log line with a local timestamp, as Jupyter does. */
export function formatLogLine(level: LogLevel, message: string, at: Date = new Date()): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}.${pad(at.getMilliseconds(), 3)}`;
  return `[${level} ${date} ${time} Quire] ${message}`;
}

/** A logger writing info and warnings to stdout, errors to stderr. */
export function consoleLogger(): Logger {
  return (level, message) => {
    const line = `${formatLogLine(level, message)}\n`;
    if (level === 'E') process.stderr.write(line);
    else process.stdout.write(line);
  };
}
