/**
 * The decoder's Web Worker: decoding a megabyte of text takes a moment, and the page
 * stays responsive meanwhile, whether the text was typed, pasted or came in a link.
 * Messages: { id, input: text } in, { id, output: result } or { id, error } out.
 */
import { serveJobs } from '../../client/worker-serve';
import { decode } from './decode';

serveJobs(decode);
