/**
 * The pane's validator, off the page's thread (webpack entry `validator`): it keeps the grids the page
 * sends (gridSync.ts), validates the sheets asked for and posts the Report back (serve.ts). The core is
 * pure, so it runs here unchanged; while it works, the page — Excel's task pane or the playground — answers input.
 */
import type { ValidatorReply, ValidatorRequest } from './messages';
import { validationServer } from './serve';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidatorRequest>) => void) | null;
  postMessage(message: ValidatorReply): void;
};

const serve = validationServer((reply) => scope.postMessage(reply));
scope.onmessage = ({ data }) => serve(data);
