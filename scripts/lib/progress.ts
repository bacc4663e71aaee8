// A progress line on stderr while audits run: rewritten in place on a terminal, one line per
// step otherwise (CI logs), so a slow site never looks like a hang.
export class Progress {
  private finished = 0;
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  update(url: string, step: string): void {
    const line = `[${this.finished + 1}/${this.total}] ${url}: ${step}…`;
    if (this.tty) process.stderr.write(`\r\x1b[K${line}`);
    else process.stderr.write(`${line}\n`);
  }

  done(summary: string): void {
    this.finished += 1;
    if (this.tty) process.stderr.write('\r\x1b[K');
    console.log(summary);
  }

  finish(): void {
    if (this.tty) process.stderr.write('\r\x1b[K');
  }
}
