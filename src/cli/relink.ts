// npm run relink: finds again the actors every stored source mentions (after forms changed outside the service, or
// to repair a source whose linking failed); confirmed, rejected and hand-made mentions are kept. Runs through the
// service when it holds the embedded database.
import { runCli, runCommandLine } from './run';

runCli(() => runCommandLine({ command: 'relink' }, 'npm run relink'));
