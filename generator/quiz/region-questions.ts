// Questions made from the region's ICE data, asked only where the data settles the answer: the one
// sheriff's models, whether a listed agency has a Task Force agreement, and whether a pending
// agreement has been signed. Texts come from the language's ui strings, with English defaults.

import type { RegionSummary } from '../regions/summary.ts';
import { withoutSources } from '../content/markup.ts';
import { fillTemplate, formatDate, type AgencyRow, type WorkshopContent } from '../content/view.ts';
import { MODEL_NAMES, MODELS, type Model } from '../data/types.ts';
import type { BankItem, BankKahoot } from './types.ts';
import { buildCombinedOptions, fitsKahootQuestion } from './kahoot-form.ts';

/** The ui keys of the region questions and their English text, used when a language lacks a key. */
export const REGION_QUESTION_UI: Record<string, string> = {
  quizSheriffModels: "In ICE's list of {{date}}, which 287(g) models has the {{agency}} signed?",
  quizSheriffModelsReworded: "ICE's list of {{date}} shows agreements for the {{agency}}. Which models?",
  quizSheriffModelsWhy: "ICE's list of {{date}} shows the {{agency}} with: {{models}}.",
  quizAgencyModel: "In ICE's list of {{date}}, the {{agency}} has a signed {{model}} agreement.",
  quizAgencyModelReworded: "ICE's list of {{date}} shows the {{agency}} signed a {{model}} agreement.",
  quizAgencyModelWhy: "ICE's list of {{date}} shows these signed agreements for the {{agency}}: {{models}}.",
  quizPendingStatus: "Is the {{model}} agreement of the {{agency}} signed or pending in ICE's lists?",
  quizPendingStatusReworded: 'Has the {{agency}} signed its {{model}} agreement, or is it pending?',
  quizPendingStatusPending:
    "ICE's pending list of {{pendingDate}} names it, and its list of signed agreements of {{date}} does not.",
  quizPendingStatusSigned:
    "ICE's pending list of {{pendingDate}} named it, but its newer list of {{date}} shows it signed.",
  // Kahoot's 120 characters: asked instead where the wording above, with a long agency name, does not fit
  // (ICE's longest agency name, 83 characters, fits these with a model's short name).
  quizSheriffModelsShort: 'Which 287(g) models has the {{agency}} signed?',
  quizAgencyModelShort: 'The {{agency}} has a signed {{modelShort}} agreement.',
  quizPendingStatusShort: '{{modelShort}} of the {{agency}}: signed or pending?',
};

export const REGION_MODULE = 'your-region';
const DATA_SOURCE = 'ice-287g-data';
// The model asked about in the true/false questions: the one that works in the field, where
// people meet it during routine police work.
const FIELD_MODEL: Model = 'TFM';

type Texts = (key: string, vars: Record<string, string>) => string;

function textsOf(ui: Record<string, string>): Texts {
  return (key, vars) => fillTemplate(ui[key] ?? REGION_QUESTION_UI[key] ?? key, vars);
}

/**
 * The item with its Kahoot form where it needs one: the short wording where a form's text passes
 * Kahoot's 120 characters, and `options` for a choose-all question; the item as it is when neither.
 */
function regionKahoot(item: BankItem, short: string, options: BankKahoot['options'] = null): BankItem {
  const question = fitsKahootQuestion(item.question) ? item.question : short;
  const reworded = fitsKahootQuestion(item.reworded) ? item.reworded : short;
  if (question === item.question && reworded === item.reworded && options === null) return item;
  return { ...item, kahoot: { question, reworded, options } };
}

function sheriffQuestion(
  summary: RegionSummary,
  ui: Record<string, string>,
  say: Texts,
  base: Pick<BankItem, 'module' | 'objective' | 'sources' | 'fromData'>,
  date: string,
): BankItem | null {
  const holders = summary.answers.sheriffs.filter((sheriff) => sheriff.agency && sheriff.models.length > 0);
  if (holders.length !== 1) return null;
  const sheriff = holders[0]!;
  const name = (model: Model) => ui[`model${model}`] ?? MODEL_NAMES[model];
  const vars = { agency: sheriff.agency!, date, models: sheriff.models.map(name).join(', ') };
  const options = MODELS.map((model, index) => ({
    id: String.fromCharCode(97 + index),
    text: name(model),
    correct: sheriff.models.includes(model),
  }));
  // Kahoot: one right combination of models, in full names where they fit, else in the short ones.
  const combined =
    buildCombinedOptions(options) ??
    buildCombinedOptions(
      options,
      MODELS.map((model) => ui[`model${model}Short`] ?? model),
    );
  return regionKahoot(
    {
      ...base,
      id: 'region-sheriff-models',
      type: 'multiple',
      difficulty: 'medium',
      question: say('quizSheriffModels', vars),
      reworded: say('quizSheriffModelsReworded', vars),
      options,
      explanation: say('quizSheriffModelsWhy', vars),
    },
    say('quizSheriffModelsShort', vars),
    combined,
  );
}

function agencyQuestions(
  rows: AgencyRow[],
  exclude: string | null,
  ui: Record<string, string>,
  say: Texts,
  base: Pick<BankItem, 'module' | 'objective' | 'sources' | 'fromData'>,
  date: string,
): BankItem[] {
  const pool = rows.filter((row) => row.agreements.length > 0 && row.name !== exclude);
  const holds = (row: AgencyRow) => row.agreements.some((agreement) => agreement.model === FIELD_MODEL);
  const yes = pool.find(holds);
  // A "false" needs certainty: the agency is on ICE's list, with no signed and no pending agreement of this model.
  const no = pool.find((row) => !holds(row) && !row.pending.some((pending) => pending.model === FIELD_MODEL));
  const model = ui[`model${FIELD_MODEL}`] ?? MODEL_NAMES[FIELD_MODEL];
  return [yes, no]
    .filter((row): row is AgencyRow => row !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((row, index) => {
      const vars = {
        agency: row.name,
        date,
        model,
        modelShort: ui[`model${FIELD_MODEL}Short`] ?? FIELD_MODEL,
        models: row.agreements.map((agreement) => agreement.modelName).join(', '),
      };
      const answer = holds(row);
      return regionKahoot(
        {
          ...base,
          id: `region-agency-model-${index + 1}`,
          type: 'truefalse',
          difficulty: 'easy',
          question: say('quizAgencyModel', vars),
          reworded: say('quizAgencyModelReworded', vars),
          options: [
            { id: 'a', text: ui.trueLabel ?? 'True', correct: answer },
            { id: 'b', text: ui.falseLabel ?? 'False', correct: !answer },
          ],
          explanation: say('quizAgencyModelWhy', vars),
        } satisfies BankItem,
        say('quizAgencyModelShort', vars),
      );
    });
}

function pendingQuestion(
  content: WorkshopContent,
  summary: RegionSummary,
  say: Texts,
  base: Pick<BankItem, 'module' | 'objective' | 'sources' | 'fromData'>,
  date: string,
): BankItem | null {
  const pendingAsOf = summary.data.pendingAsOf;
  if (!pendingAsOf) return null;
  const entries = content.region.pending.flatMap((row) =>
    row.pending.map((pending) => ({
      row,
      pending,
      signed: row.agreements.some((agreement) => agreement.model === pending.model),
    })),
  );
  // Still pending is the more useful fact; "signed" is only sure when the signed list is the newer one.
  const entry =
    entries.find((candidate) => !candidate.signed) ??
    (summary.data.asOf >= pendingAsOf ? entries.find((candidate) => candidate.signed) : undefined);
  if (!entry) return null;
  const vars = {
    agency: entry.row.name,
    model: entry.pending.modelName,
    modelShort: content.ui[`model${entry.pending.model}Short`] ?? entry.pending.model,
    date,
    pendingDate: formatDate(pendingAsOf, content.language.code),
  };
  return regionKahoot(
    {
      ...base,
      id: 'region-pending-status',
      type: 'single',
      difficulty: 'medium',
      question: say('quizPendingStatus', vars),
      reworded: say('quizPendingStatusReworded', vars),
      options: [
        { id: 'a', text: content.ui.signed ?? 'Signed', correct: entry.signed },
        { id: 'b', text: content.ui.pending ?? 'Pending', correct: !entry.signed },
      ],
      explanation: say(entry.signed ? 'quizPendingStatusSigned' : 'quizPendingStatusPending', vars),
    },
    say('quizPendingStatusShort', vars),
  );
}

/** The region's questions, each only when the data can answer it for sure. */
export function buildRegionQuestions(content: WorkshopContent, summary: RegionSummary): BankItem[] {
  const say = textsOf(content.ui);
  const module = content.modules.find((candidate) => candidate.key === REGION_MODULE);
  const base = {
    module: REGION_MODULE,
    objective: withoutSources(module?.objectives[0] ?? '').trim(),
    sources: [DATA_SOURCE],
    fromData: true,
  };
  const date = content.stamp.asOf;
  const sheriff = sheriffQuestion(summary, content.ui, say, base, date);
  const holder = sheriff ? summary.answers.sheriffs.find((entry) => entry.models.length > 0)!.agency : null;
  const pending = pendingQuestion(content, summary, say, base, date);
  return [
    ...(sheriff ? [sheriff] : []),
    ...agencyQuestions(content.region.agencies, holder, content.ui, say, base, date),
    ...(pending ? [pending] : []),
  ];
}
