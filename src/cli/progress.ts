/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
export class ProgressBar {
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly label: string,
    stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY);
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  update(fraction: number | null, rows: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 80 && fraction !== 1) return;
    this.lastDraw = now;
    const width = 30;
    const done = fraction === null ? 0 : Math.round(fraction * width);
    const bar = fraction === null ? '░'.repeat(width) : `${'█'.repeat(done)}${'░'.repeat(width - done)}`;
    const percent = fraction === null ? '' : ` ${String(Math.round(fraction * 100)).padStart(3)} %`;
    this.stream.write(`\r${this.label} ${bar}${percent}  ${rows.toLocaleString('de-DE')} Werte`);
  }

  finish(): void {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }
}
