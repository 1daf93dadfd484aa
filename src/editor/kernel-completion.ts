/** Completion from the kernel's live scope: Tab opens (or accepts) it, as in IPython. */
import {
  acceptCompletion,
  autocompletion,
  completionStatus,
  insertCompletionText,
  startCompletion,
  type CompletionContext,
  type CompletionResult,
  type CompletionSource,
} from '@codemirror/autocomplete';
import { indentMore } from '@codemirror/commands';
import { Prec, type Extension } from '@codemirror/state';
import { keymap, type Command, type EditorView } from '@codemirror/view';
import { wantsIndent } from './indent-context.ts';

/** The kernel's answer: names that complete the text between the two offsets. */
export interface KernelCompletions {
  matches: readonly string[];
  cursorStart: number;
  cursorEnd: number;
}

/** Asks the kernel for completions at `cursor` in `code`. */
export type CompleteFn = (code: string, cursor: number) => Promise<KernelCompletions>;

const IDENTIFIER = /^[\w$]*$/;

/** Remembers the last request so Tab's unique-match check and the popup share one kernel round trip. */
function lastRequestCache(complete: CompleteFn): CompleteFn {
  let last: { code: string; cursor: number; answer: Promise<KernelCompletions> } | null = null;
  return (code, cursor) => {
    if (last?.code !== code || last.cursor !== cursor) last = { code, cursor, answer: complete(code, cursor) };
    return last.answer;
  };
}

/** A CodeMirror completion source answering from `complete`. */
export function kernelCompletionSource(complete: CompleteFn): CompletionSource {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const answer = await complete(context.state.doc.toString(), context.pos);
    if (context.aborted || answer.matches.length === 0) return null;
    return {
      from: answer.cursorStart,
      to: answer.cursorEnd,
      options: answer.matches.map((label, rank) => ({ label, boost: -rank / answer.matches.length })),
      validFor: IDENTIFIER,
    };
  };
}

/** Tab: accept an open list; indent when only whitespace precedes the cursor; insert a unique match; else list. */
export function completeOrIndent(complete: CompleteFn): Command {
  return (view: EditorView): boolean => {
    if (completionStatus(view.state) === 'active') return acceptCompletion(view);
    if (wantsIndent(view.state)) return indentMore(view);
    const state = view.state;
    const cursor = state.selection.main.head;
    void complete(state.doc.toString(), cursor).then((answer) => {
      if (view.state !== state || answer.matches.length === 0) return;
      const only = answer.matches.length === 1 ? answer.matches[0] : undefined;
      if (only === undefined) startCompletion(view);
      else view.dispatch(insertCompletionText(state, only, answer.cursorStart, answer.cursorEnd));
    });
    return true;
  };
}

/** Kernel completion on Tab only (no popup while typing), with the list's own keys. */
export function kernelCompletion(complete: CompleteFn): Extension {
  const cached = lastRequestCache(complete);
  return [
    autocompletion({ override: [kernelCompletionSource(cached)], activateOnTyping: false, closeOnBlur: true }),
    Prec.high(keymap.of([{ key: 'Tab', run: completeOrIndent(cached) }])),
  ];
}
