// The running service holds the embedded database (one opener only: see db/data-dir-lock.ts), so the CLIs hand it
// their commands over a Unix socket that only the same user can open, and show what it reports: the same output,
// progress and exit code as a run of their own. One JSON message a line each way.
import { createHash } from 'node:crypto';
import { chmodSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CommandRequest, runCommand, type CommandIO, type CommandTarget } from './commands';

/** Messages from the service to the CLI. */
type Report = { out: string } | { err: string } | { progress: { done: number; total: number } } | { exit: number };

/** Where the service holding `dataDir` takes commands: in the directory, or in the temporary directory when that path is too long for a socket. */
export function commandSocketPath(dataDir: string): string {
  const inDir = path.join(dataDir, 'dossier.sock');
  return Buffer.byteLength(inDir) < 100 ? inDir : path.join(tmpdir(), `dossier-${createHash('sha1').update(dataDir).digest('hex').slice(0, 16)}.sock`);
}

/** Reads newline-delimited JSON from a socket. */
function onLines(socket: net.Socket, handle: (message: unknown) => void): void {
  let buffered = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      try {
        handle(JSON.parse(line));
      } catch {
        socket.destroy();
      }
    }
  });
}

export interface CommandServer {
  close(): Promise<void>;
}

/** Serves commands for the database the service holds; a client closing its socket (Ctrl-C twice) stops its command. */
export async function serveCommands(socketPath: string, target: () => CommandTarget): Promise<CommandServer> {
  const server = net.createServer((socket) => {
    let stop = false;
    let started = false;
    const send = (report: Report) => {
      if (!socket.destroyed) socket.write(`${JSON.stringify(report)}\n`);
    };
    socket.on('close', () => (stop = true));
    socket.on('error', () => (stop = true));
    onLines(socket, (message) => {
      if ((message as { stop?: unknown }).stop === true) {
        stop = true;
        return;
      }
      if (started) return;
      started = true;
      const request = CommandRequest.safeParse(message);
      if (!request.success) {
        send({ err: `The service could not read the command: ${request.error.issues[0]?.message}` });
        send({ exit: 2 });
        socket.end();
        return;
      }
      const io: CommandIO = {
        out: (line) => send({ out: line }),
        err: (line) => send({ err: line }),
        progress: (progress) => send({ progress }),
        shouldStop: () => stop,
      };
      void runCommand(request.data, target(), io).then((code) => {
        send({ exit: code });
        socket.end();
      });
    });
  });
  // We hold the data directory's lock, so a socket file left there is a crashed holder's.
  try {
    unlinkSync(socketPath);
  } catch {
    // none left
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        try {
          unlinkSync(socketPath);
        } catch {
          // already gone
        }
      }),
  };
}

/** How the CLI side shows what the service reports, and tells it to stop. */
export interface HandOffIO extends Pick<CommandIO, 'out' | 'err' | 'progress'> {
  /** Called with a function that asks the service to stop the command (between transactions). */
  onStopRequest(stop: () => void): void;
}

const RETRYABLE_CONNECT = new Set(['ENOENT', 'ECONNREFUSED']);

function connect(socketPath: string, waitMs: number): Promise<net.Socket> {
  const deadline = Date.now() + waitMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(socketPath);
      socket.once('connect', () => resolve(socket));
      socket.once('error', (error: NodeJS.ErrnoException) => {
        // The service takes the lock first and listens once migrated: a start under way is waited for.
        if (RETRYABLE_CONNECT.has(error.code ?? '') && Date.now() < deadline) setTimeout(attempt, 200);
        else reject(error);
      });
    };
    attempt();
  });
}

/** Sends a command to the service listening on `socketPath`; resolves with the command's exit code. */
export async function handOff(socketPath: string, request: CommandRequest, io: HandOffIO, waitMs = 30_000): Promise<number> {
  const socket = await connect(socketPath, waitMs);
  return new Promise((resolve) => {
    let exit: number | undefined;
    io.onStopRequest(() => socket.write(`${JSON.stringify({ stop: true })}\n`));
    onLines(socket, (message) => {
      const report = message as Report;
      if ('out' in report) io.out(report.out);
      else if ('err' in report) io.err(report.err);
      else if ('progress' in report) io.progress(report.progress);
      else if ('exit' in report) exit = report.exit;
    });
    socket.once('close', () => {
      if (exit === undefined) io.err('The service closed the connection before the command finished (it may have stopped); see its log');
      resolve(exit ?? 1);
    });
    socket.write(`${JSON.stringify(request)}\n`);
  });
}
