// One action on a selection of applications (the console's bulk actions): each application is taken
// on its own, in its own transaction and on its current version, so one refused (another state, no
// fee, a full session, another body's) leaves the others done.
import type * as v from 'valibot';
import type { BulkAction, BulkResult } from '../../contract/staff.ts';
import { ProblemError } from '../http/problem.ts';
import { say } from '../http/wording.ts';
import type { Actions } from './actions.ts';
import type { applicationProcessing } from './processing.ts';
import type { StaffScope } from './scope.ts';

type Processing = ReturnType<typeof applicationProcessing>;

/** @example const bulk = bulkActions(actions, processing); await bulk.run(scope, { ids, action: { kind: 'markFeeReceived' } }); */
export function bulkActions(actions: Actions, processing: Processing) {
  const one = (scope: StaffScope, id: string, action: v.InferOutput<typeof BulkAction>['action']) => {
    switch (action.kind) {
      case 'markFeeReceived':
        return actions.steps.markFeeReceived(scope, id, undefined);
      case 'admit':
        return actions.steps.admit(scope, id, undefined, action.session);
      case 'message':
        return processing.send(scope, id, action.text);
    }
  };
  return {
    async run(scope: StaffScope, { ids, action }: v.InferOutput<typeof BulkAction>) {
      const result: v.InferOutput<typeof BulkResult> = { done: [], refused: [] };
      // One after another: each holds its row's lock only for its own short transaction.
      for (const id of new Set(ids)) {
        try {
          await one(scope, id, action);
          result.done.push(id);
        } catch (error) {
          if (!(error instanceof ProblemError)) throw error;
          result.refused.push({
            id,
            status: error.status,
            title: say(error.detail ?? error.title, scope.language),
          });
        }
      }
      return result;
    },
  };
}
