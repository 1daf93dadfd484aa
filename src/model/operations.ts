/** Every pure notebook operation `(nb, args) => nb`, plus constructors and getters, in one import. */
export { createNotebook, createCell, copyCells } from './create.ts';
export { insertCell, deleteCells, moveCells, duplicateCells } from './structure.ts';
export { changeCellType, convertCell, setSource, setCellMetadata, setNotebookMetadata } from './cell-edit.ts';
export { mergeCells, splitCell } from './merge-split.ts';
export {
  appendOutput,
  clearExecution,
  clearOutputs,
  displayIdOf,
  setExecutionCount,
  setOutputs,
  streamText,
  updateDisplay,
} from './outputs.ts';
export { cellAt, cellsOf, indexOf } from './queries.ts';
export { isValidCellId, newCellId } from './cell-id.ts';
export { setAttachment } from './attachments.ts';
export { addOutputImage } from './output-image.ts';
export { findMatches, replaceMatch, replaceAllMatches, restoreSources } from './find-replace.ts';
export type { FindQuery, CellMatch, FindResult, SourceChange } from './find-replace.ts';
export { cellTags, tagProblem, addCellTag, removeCellTag } from './cell-tags.ts';
export { recordProvenance } from './provenance.ts';
export {
  isQuireLanguage,
  kernelDisplayName,
  notebookLanguage,
  QUIRE_KERNELS,
  quireKernelMetadata,
  setQuireKernel,
  withKernelMetadata,
} from './kernels.ts';
export type { QuireLanguage } from './kernels.ts';
