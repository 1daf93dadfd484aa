/** Puts `sql` into a session's scope, bound to the session's own DataFrame class. */
import { createSql, sqlDocs, type FrameClass } from '../sql/sql-global.ts';
import type { Session } from './session.ts';

/** Adds `sql` with its docs; DataFrame is looked up when a statement runs, so the frame class the numeric globals bound is used. */
export function addSqlGlobals(session: Session): void {
  session.addGlobals({ sql: createSql(() => session.scope.DataFrame as FrameClass) }, sqlDocs);
}
