/** Shift+Tab shows the kernel's `inspect` answer (signature and doc) in a tooltip; Esc or typing closes it. */
import { indentLess } from '@codemirror/commands';
import { Prec, StateEffect, StateField, type Extension } from '@codemirror/state';
import { EditorView, keymap, showTooltip, type Command, type Tooltip } from '@codemirror/view';
import { wantsIndent } from './indent-context.ts';

/** The kernel's description of the name under the cursor. */
export interface KernelInspection {
  name: string;
  signature: string;
  doc: string;
}

/** Asks the kernel about the name at `cursor` in `code` (null when it names nothing). */
export type InspectFn = (code: string, cursor: number) => Promise<KernelInspection | null>;

/** Where the tooltip shows and what it says, or null when closed. */
export interface InspectionAt {
  pos: number;
  info: KernelInspection;
}

/** Opens (with a value) or closes (null) the inspection tooltip. */
export const setInspection = StateEffect.define<InspectionAt | null>();

function tooltipFor({ pos, info }: InspectionAt): Tooltip {
  return {
    pos,
    above: false,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-inspect';
      dom.setAttribute('role', 'tooltip');
      const signature = document.createElement('code');
      signature.className = 'cm-inspect-signature';
      signature.textContent = info.signature || info.name;
      dom.append(signature);
      if (info.doc) {
        const doc = document.createElement('div');
        doc.className = 'cm-inspect-doc';
        doc.textContent = info.doc;
        dom.append(doc);
      }
      return { dom };
    },
  };
}

/** The open inspection, closed by any edit. */
export const inspectionField = StateField.define<InspectionAt | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setInspection)) return effect.value;
    return tr.docChanged ? null : value;
  },
  provide: (field) => showTooltip.compute([field], (state) => {
    const value = state.field(field);
    return value ? tooltipFor(value) : null;
  }),
});

/** Shift+Tab: dedent when only whitespace precedes the cursor, else ask the kernel and show the answer. */
export function inspectOrDedent(inspect: InspectFn): Command {
  return (view: EditorView): boolean => {
    if (wantsIndent(view.state)) return indentLess(view);
    const state = view.state;
    const pos = state.selection.main.head;
    void inspect(state.doc.toString(), pos).then((info) => {
      if (view.state.doc !== state.doc) return;
      view.dispatch({ effects: setInspection.of(info ? { pos, info } : null) });
    });
    return true;
  };
}

/** Esc closes an open tooltip before it can leave edit mode. */
const closeInspection: Command = (view) => {
  if (!view.state.field(inspectionField, false)) return false;
  view.dispatch({ effects: setInspection.of(null) });
  return true;
};

const inspectTheme = EditorView.baseTheme({
  '.cm-inspect': { maxWidth: '40rem', maxHeight: '16rem', overflow: 'auto', padding: '0.4rem 0.6rem' },
  '.cm-inspect-signature': { display: 'block', fontWeight: '600', whiteSpace: 'pre-wrap' },
  '.cm-inspect-doc': { marginTop: '0.3rem', whiteSpace: 'pre-wrap', fontFamily: 'inherit' },
});

/** Shift+Tab inspection from the kernel, with Esc to close. */
export function kernelInspect(inspect: InspectFn): Extension {
  return [
    inspectionField,
    inspectTheme,
    Prec.highest(keymap.of([{ key: 'Escape', run: closeInspection }])),
    Prec.high(keymap.of([{ key: 'Shift-Tab', run: inspectOrDedent(inspect) }])),
  ];
}
