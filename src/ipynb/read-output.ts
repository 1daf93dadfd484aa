/** One nbformat 4 output read into the model: multi-line strings joined, everything else kept. */
import type { Output } from '../model/types.ts';
import { NotebookFormatError } from './errors.ts';
import { childPath, describeJson, expectObject, own } from './json-shape.ts';
import { joinLines } from './lines.ts';
import { readBundle } from './mime-bundle.ts';

/** An execution count: an integer, or null when absent; anything else is an error at `path`. */
export function readCount(value: unknown, path: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new NotebookFormatError(path, `expected an integer or null, found ${describeJson(value)}`);
}

/** The output at `path`; unknown output types are kept verbatim with a notice. */
export function readOutput(value: unknown, path: string, notices: string[]): Output {
  const output = expectObject(value, path);
  const type = own(output, 'output_type');
  if (type === undefined) throw new NotebookFormatError(path, 'missing output_type');
  if (typeof type !== 'string') throw new NotebookFormatError(childPath(path, 'output_type'), `expected a string, found ${describeJson(type)}`);
  switch (type) {
    case 'stream': {
      const name = own(output, 'name');
      if (name === undefined) throw new NotebookFormatError(path, 'missing name of the stream');
      if (typeof name !== 'string') throw new NotebookFormatError(childPath(path, 'name'), `expected a stream name, found ${describeJson(name)}`);
      return { ...output, output_type: 'stream', name, text: joinLines(own(output, 'text') ?? '', childPath(path, 'text')) } as Output;
    }
    case 'display_data':
    case 'execute_result': {
      const data = readBundle(own(output, 'data') ?? {}, childPath(path, 'data'));
      const metadata = expectObject(own(output, 'metadata') ?? {}, childPath(path, 'metadata'));
      const count = type === 'execute_result' ? { execution_count: readCount(own(output, 'execution_count'), childPath(path, 'execution_count')) } : {};
      return { ...output, output_type: type, data, metadata, ...count } as Output;
    }
    case 'error':
      return { ...output, output_type: 'error' } as Output;
    default:
      notices.push(`${path}: unknown output type "${type}" kept as it is`);
      return output as Output;
  }
}
