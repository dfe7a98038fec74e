// The region's answers as structured facts (yes or no, how many, which models), beside the sentences the view
// phrases: what the deck's big answer cards show, decided from the region summary, never parsed back from a sentence.

import type { AgencyEntry, RegionSummary } from '../regions/summary.ts';
import { MODEL_REACH, MODELS, type Model } from '../data/types.ts';

/**
 * The longest answer sentence shown whole where the answers are read at a glance (the deck's cards, the handout's
 * front); a longer one (a state's street agencies, a county's many city police) gives way to how many agencies,
 * named in the table, and the whole sentence goes to the trainer's notes.
 */
export const ANSWER_SENTENCE_MAX = 220;

/** One answer as facts. `question` is the same ui key as the answer's in `region.answers`. */
export interface AnswerFacts {
  question: string;
  // yes / no / pending: one agency's answer (the county's sheriff, the agency of an agency region); count: how many
  verdict: 'yes' | 'no' | 'pending' | 'count';
  count: number; // the agencies the answer is about (agreements for severalAgreements)
  total: number | null; // out of how many (the sheriffs of a state), or null
  models: Model[]; // the models of those agreements, in MODELS order, each once
  agencies: string[]; // the agencies' names, as the agency table names them
}

/** `models` in MODELS order, each once. */
function orderModels(models: Iterable<Model>): Model[] {
  const seen = new Set(models);
  return MODELS.filter((model) => seen.has(model));
}

/** The models of the agreements of `entries` that `keep` accepts. */
function modelsOf(entries: readonly AgencyEntry[], keep: (model: Model) => boolean = () => true): Model[] {
  return orderModels(entries.flatMap((entry) => entry.agreements.map((agreement) => agreement.model)).filter(keep));
}

/** A count answer about `entries`, with their models (those `keep` accepts). */
function countOf(question: string, entries: readonly AgencyEntry[], keep?: (model: Model) => boolean): AnswerFacts {
  return {
    question,
    verdict: 'count',
    count: entries.length,
    total: null,
    models: modelsOf(entries, keep),
    agencies: entries.map((entry) => entry.name),
  };
}

/**
 * The facts behind the region's answers, in the order of `region.answers` without the pending answer (it has a slide
 * of its own): for an agency region its one answer; otherwise the sheriff, city police, jail reach, street reach and
 * how many agreements.
 */
export function buildAnswerFacts(summary: RegionSummary): AnswerFacts[] {
  const { answers, agencies, counts } = summary;
  if (summary.region.kind === 'agency') {
    const models = modelsOf(agencies);
    return [
      {
        question: 'agencyQuestion',
        verdict: models.length ? 'yes' : 'no',
        count: agencies.length,
        total: null,
        models,
        agencies: agencies.map((agency) => agency.name),
      },
    ];
  }
  const sheriff = (): AnswerFacts => {
    if (answers.sheriffs.length === 1) {
      const only = answers.sheriffs[0]!;
      return {
        question: 'sheriffAgreement',
        verdict: only.models.length ? 'yes' : only.pendingModels.length ? 'pending' : 'no',
        count: only.models.length ? 1 : 0,
        total: null,
        models: orderModels(only.models.length ? only.models : only.pendingModels),
        agencies: only.agency ? [only.agency] : [],
      };
    }
    const signed = answers.sheriffs.filter((answer) => answer.models.length > 0);
    return {
      question: 'sheriffAgreement',
      verdict: 'count',
      count: answers.sheriffsWithAgreement,
      total: answers.sheriffs.length,
      models: orderModels(signed.flatMap((answer) => answer.models)),
      agencies: signed.map((answer) => answer.agency!),
    };
  };
  return [
    sheriff(),
    countOf('cityPolice', answers.cityPolice),
    countOf('jailReach', answers.jail, (model) => MODEL_REACH[model] === 'jail'),
    countOf('fieldReach', answers.field, (model) => MODEL_REACH[model] === 'field'),
    { ...countOf('severalAgreements', agencies), count: counts.agreements },
  ];
}
