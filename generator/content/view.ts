// The workshop's content view model for one language: the curriculum's modules with the agenda,
// numbered sources, and the region's answers as phrases (a UI string key plus the raw values to put in
// it), so that each renderer escapes the values for its own format. Pure: no disk, no clock.

import type { RegionSummary } from '../regions/summary.ts';
import type { ResolvedWorkshopConfig } from '../config/types.ts';
import type { Stats } from '../data/stats.ts';
import { MODEL_REACH, MODELS, type Model } from '../data/types.ts';
import { KitError } from '../errors.ts';
import { buildAgenda } from './agenda.ts';
import { buildAnswerFacts, type AnswerFacts } from './answer-facts.ts';
import type { LanguageReport } from './check.ts';
import { buildMapNote } from './map-note.ts';
import type { MapTally } from './map-note.ts';
import { fillTemplate, type MarkupNode } from './markup.ts';
import { buildStamp, type Phrase, type Stamp } from './stamp.ts';
import { buildStateLaw, expandStateLaw } from './state-law.ts';
import type { Curriculum, Module, QuizQuestion, Slide } from './types.ts';

export type { Phrase } from './stamp.ts';

export interface ContentSlide extends Slide {
  fallback: boolean; // shown in English because the translation is missing
}

export interface ContentModule {
  key: string;
  number: number;
  title: string;
  minutes: number;
  objectives: string[];
  slides: ContentSlide[];
  handout: string;
  markup: { objectives: MarkupNode[][]; handout: MarkupNode[] }; // objectives and handout parsed
  quiz: QuizQuestion[];
  fallback: boolean;
}

export interface AgencyRow {
  name: string;
  where: string | null; // the county names, with a kind label ("campus police"), or "Statewide" / "State prisons"
  statewide: boolean;
  agreements: { model: Model; modelName: string; signed: string | null; moaUrl: string | null; moaPending: boolean }[];
  pending: { model: Model; modelName: string }[];
}

export interface WorkshopContent {
  language: { code: string; name: string; reviewed: boolean; fallbackUnits: string[] };
  ui: Record<string, string>;
  frame: {
    regionName: string;
    org: string | null;
    orgWebsite: string | null;
    presenter: string | null;
    date: string | null;
    start: string | null;
    place: string | null;
    length: number;
  };
  stamp: Stamp;
  placeholders: Record<string, unknown>; // the context module text's {{placeholders}} are filled from
  agenda: {
    kind: 'module' | 'break';
    number: number | null;
    title: string;
    minutes: number;
    start: string | null;
    end: string | null;
  }[];
  modules: ContentModule[];
  sources: { number: number; id: string; title: string; publisher: string | null; url: string | null }[];
  sourceNumbers: Record<string, number>;
  national: {
    rows: { model: Model; name: string; count: number; agreements: string; agencies: string; states: string }[];
    total: { agreements: string; agencies: string; states: string };
    growth: Phrase | null;
    state: {
      name: string;
      rows: { model: Model; name: string; count: number; agreements: string }[];
      total: string;
    } | null;
  };
  region: {
    kind: string;
    answers: { question: string; answer: Phrase }[]; // question is a ui key
    facts: AnswerFacts[]; // the same answers as facts (yes or no, how many, which models): the deck's answer cards
    agencies: AgencyRow[];
    pending: AgencyRow[];
    unplaced: Phrase | null;
    modelReach: string; // where each model's agreements work, with the language's model names: the table's key
    map: Phrase[]; // the map's note, sentence by sentence (content/map-note.ts)
    changes: Phrase | null;
  };
  contacts: { label: string; name: string | null; phone: string | null; website: string | null }[]; // label is a ui key
}

export interface ContentOptions {
  curriculum: Curriculum;
  language: string;
  report: LanguageReport;
  fallback: boolean; // allow English for what is not translated
  config: ResolvedWorkshopConfig;
  summary: RegionSummary;
  national: Stats; // with byState, for the region's state
  earliest: { asOf: string; agreements: number } | null; // the earliest participating list the kit has
  map?: MapTally | null; // what the region map counts (map/tally.ts); absent or null when the region has no map
}

// Making an Intl formatter costs far more than using one, and a build formats hundreds of dates and numbers.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatDate(iso: string, language: string): string {
  let format = dateFormats.get(language);
  if (!format)
    dateFormats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${iso}T00:00:00Z`));
}

function formatNumber(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

// Past this many agencies an answer gives a count and points to the table instead of naming them all.
const NAMED_AT_MOST = 8;

type Entry = RegionSummary['agencies'][number];

// Kinds a reader could take for city police, labelled beside the county: "Alachua County (campus police)".
const KIND_LABELS: Partial<Record<Entry['kind'], string>> = {
  campus: 'kindCampus',
  airport: 'kindAirport',
  constable: 'kindConstable',
};

/**
 * The agency table's "where" cell: the counties an agency serves, with its kind when it could pass for city police;
 * a statewide agency with only jail models is "State prisons" (it works inside them, FACTS.md §3), another is
 * "Statewide"; null when the agency is unplaced.
 */
function whereOf(entry: Entry, ui: Record<string, string>): string | null {
  if (entry.reach === 'statewide') {
    const jailOnly =
      entry.agreements.length > 0 && entry.agreements.every((agreement) => MODEL_REACH[agreement.model] === 'jail');
    return jailOnly ? (ui.statePrisons ?? 'State prisons') : (ui.statewide ?? 'Statewide');
  }
  const label = KIND_LABELS[entry.kind];
  return entry.county && label ? `${entry.county} (${ui[label] ?? label})` : entry.county;
}

/** The entries by name, or past NAMED_AT_MOST "N agencies (named in the table)". */
function names(entries: Entry[], ui: Record<string, string>, item = (entry: Entry) => entry.name): string {
  if (entries.length > NAMED_AT_MOST)
    return fillTemplate(ui.agenciesInTable ?? '{{count}} agencies (see the table)', { count: String(entries.length) });
  return entries.map(item).join('; ');
}

/**
 * "Do city or town police take part?": the city and town police on ICE's list by name (a state's by count, past
 * NAMED_AT_MOST), and always that the police of the other cities and towns are not on it, naming a county's big cities
 * among them (`otherCities`): never a bare "Yes, 3".
 */
function cityPoliceAnswer(
  police: Entry[],
  otherCities: string[],
  wholeState: boolean,
  language: string,
  number: (value: number) => string,
): Phrase {
  const examples = new Intl.ListFormat(language, { type: 'conjunction' }).format(otherCities);
  if (police.length === 0)
    return otherCities.length
      ? { key: 'answerCityPoliceNoExamples', vars: { examples } }
      : { key: 'answerCityPoliceNo', vars: {} };
  if (wholeState && police.length > NAMED_AT_MOST)
    return { key: 'answerCityPoliceCount', vars: { count: number(police.length) } };
  const agencies = police.map((entry) => entry.name).join('; ');
  return otherCities.length
    ? { key: 'answerCityPoliceYesExamples', vars: { agencies, examples } }
    : { key: 'answerCityPoliceYes', vars: { agencies } };
}

/**
 * "Who can hold people for ICE in a jail or prison here?": agencies with JEM or WSO, which act only inside
 * their own jails or prisons (FACTS.md §3); a statewide one is named as the state's prisons.
 */
function jailAnswer(jail: Entry[], ui: Record<string, string>, list: (models: Model[]) => string): Phrase {
  const item = (entry: Entry) => {
    const models = list(
      entry.agreements.map((agreement) => agreement.model).filter((model) => MODEL_REACH[model] === 'jail'),
    );
    return entry.reach === 'statewide'
      ? fillTemplate(ui.jailItemState ?? '{{agency}} ({{models}}), in the state prisons', {
          agency: entry.name,
          models,
        })
      : `${entry.name} (${models})`;
  };
  if (jail.length === 0) return { key: 'answerJailNo', vars: {} };
  return { key: 'answerJailYes', vars: { agencies: names(jail, ui, item) } };
}

// Past these many, the street answer counts local or state agencies instead of naming them.
const FIELD_LOCAL_NAMED = 4;
const FIELD_STATE_NAMED = 3;

/**
 * "Who can do immigration work on the street here?": agencies with a Task Force agreement, in the field within their
 * jurisdiction (FACTS.md §3), each with where it can act: a sheriff anywhere in its county, other local agencies only
 * in their own town or area, state agencies anywhere in the state, one sentence each (names hold commas: "Florida
 * Department of Environmental Protection, Division of Law Enforcement"). Long lists become counts that point to the
 * table.
 */
function fieldAnswer(field: Entry[], ui: Record<string, string>): Phrase {
  if (field.length === 0) return { key: 'answerFieldNo', vars: {} };
  const fill = (key: string, vars: Record<string, string>) => fillTemplate(ui[key] ?? key, vars);
  const join = (entries: Entry[]) => entries.map((entry) => entry.name).join('; ');
  const sheriffs = field.filter((entry) => entry.reach !== 'statewide' && entry.kind === 'sheriff');
  const local = field.filter((entry) => entry.reach !== 'statewide' && entry.kind !== 'sheriff');
  const statewide = field.filter((entry) => entry.reach === 'statewide');
  const parts = sheriffs.map((entry) => fill('fieldSheriff', { agency: entry.name }));
  if (local.length > FIELD_LOCAL_NAMED) parts.push(fill('fieldLocalCount', { count: String(local.length) }));
  else if (local.length)
    parts.push(fill(local.length === 1 ? 'fieldLocalOne' : 'fieldLocal', { agencies: join(local) }));
  if (statewide.length > FIELD_STATE_NAMED) parts.push(fill('fieldStateCount', { count: String(statewide.length) }));
  else if (statewide.length)
    parts.push(fill(statewide.length === 1 ? 'fieldStateOne' : 'fieldState', { agencies: join(statewide) }));
  return { key: 'answerField', vars: { parts: parts.join('. ') } };
}

/**
 * "Which agreements are pending?": the agencies whose pending agreements are not signed yet. ICE's pending list may
 * be older than its list of signed agreements: an agency it names that has since signed is said to have signed.
 */
function pendingAnswer(pending: Entry[], list: (models: Model[]) => string): Phrase {
  const unsigned = (entry: Entry) =>
    entry.pending
      .map((agreement) => agreement.model)
      .filter((model) => !entry.agreements.some((agreement) => agreement.model === model));
  const still = pending.filter((entry) => unsigned(entry).length > 0);
  if (still.length)
    return {
      key: 'answerPendingYes',
      vars: { agencies: still.map((entry) => `${entry.name} (${list(unsigned(entry))})`).join('; ') },
    };
  if (pending.length) return { key: 'answerPendingSigned', vars: { agencies: pending.map((e) => e.name).join('; ') } };
  return { key: 'answerPendingNo', vars: {} };
}

export function buildWorkshopContent(options: ContentOptions): WorkshopContent {
  const { curriculum, language, report, config, summary } = options;
  const english = curriculum.languages.get(curriculum.sourceLanguage)!;
  const content = curriculum.languages.get(language);
  if (!content) {
    throw new KitError('not-found', `There is no curriculum in "${language}".`, {
      hint:
        `Languages: ${[...curriculum.languages.keys()].join(', ')}. ` +
        `Adding one means adding templates/curriculum/${language}/.`,
    });
  }
  if (!report.complete && !options.fallback) {
    throw new KitError(
      'bad-input',
      `The ${content.meta.englishName} (${language}) curriculum is incomplete: ` +
        `${report.missing.length === 1 ? '1 part is' : `${report.missing.length} parts are`} not translated ` +
        `(first: ${report.missing.slice(0, 3).join(', ')}).`,
      {
        hint:
          `Run \`kit content check --lang ${language}\` for the list, translate them, ` +
          'or build with --fallback-en to show those parts in English, marked.',
      },
    );
  }
  const ui = { ...english.meta.ui, ...content.meta.ui };
  const number = (value: number) => formatNumber(value, language);
  const date = (iso: string) => formatDate(iso, language);

  // {{region.stateLaw}} becomes the region's own state law with its sources, so sources are numbered as cited.
  const stateLaw = (line: number) => buildStateLaw(summary.region.state, summary.region.stateName, ui, line);
  const modules: ContentModule[] = curriculum.modules.map((planned, index) => {
    const source = english.modules.get(planned.key)!;
    const own = content.modules.get(planned.key);
    const module: Module = own ?? source;
    const slides = source.slides.map((englishSlide) => {
      const translated = own?.slides.find((slide) => slide.key === englishSlide.key);
      const slide = translated ?? englishSlide;
      return {
        ...slide,
        markup: {
          body: expandStateLaw(slide.markup.body, stateLaw),
          notes: expandStateLaw(slide.markup.notes, stateLaw),
        },
        fallback: !translated && language !== curriculum.sourceLanguage,
      };
    });
    const quiz = source.quiz.map((question) => own?.quiz.find((candidate) => candidate.id === question.id) ?? question);
    return {
      key: planned.key,
      number: index + 1,
      title: module.title,
      minutes: planned.minutes[config.length],
      objectives: module.objectives,
      slides,
      handout: own?.handout || source.handout,
      markup: {
        objectives: module.markup.objectives,
        handout: expandStateLaw(own?.handout ? own.markup.handout : source.markup.handout, stateLaw),
      },
      quiz,
      fallback: !own && language !== curriculum.sourceLanguage,
    };
  });

  // Sources numbered in the order they are first cited.
  const sourceNumbers: Record<string, number> = {};
  const cite = (id: string) => {
    if (curriculum.sources.has(id) && !(id in sourceNumbers)) sourceNumbers[id] = Object.keys(sourceNumbers).length + 1;
  };
  for (const module of modules) {
    for (const nodes of [...module.slides.map((slide) => slide.markup.body), module.markup.handout])
      for (const node of nodes) if (node.kind === 'source') cite(node.id);
    for (const question of module.quiz) question.sources.forEach(cite);
  }

  const agenda = buildAgenda(curriculum, config.length, config.start).map((item) => ({
    kind: item.kind,
    number: item.number,
    title: item.kind === 'module' ? modules.find((module) => module.key === item.key)!.title : (ui.break ?? 'Break'),
    minutes: item.minutes,
    start: item.start,
    end: item.end,
  }));

  const modelName = (model: Model) => ui[`model${model}`] ?? model;
  const row = (entry: RegionSummary['agencies'][number]): AgencyRow => ({
    name: entry.name,
    where: whereOf(entry, ui),
    statewide: entry.reach === 'statewide',
    agreements: entry.agreements.map((agreement) => ({
      model: agreement.model,
      modelName: modelName(agreement.model),
      signed: agreement.signed ? date(agreement.signed) : null,
      moaUrl: agreement.moaUrl,
      moaPending: agreement.moaStatus === 'pending',
    })),
    pending: entry.pending.map((pending) => ({ model: pending.model, modelName: modelName(pending.model) })),
  });
  const list = (models: Model[]) => models.map(modelName).join(', ');

  const answers: WorkshopContent['region']['answers'] = [];
  const { answers: facts, counts } = summary;
  if (summary.region.kind === 'agency') {
    const agreements = summary.agencies.flatMap((agency) => agency.agreements.map((agreement) => agreement.model));
    answers.push({
      question: 'agencyQuestion',
      answer: agreements.length
        ? { key: 'answerAgencyYes', vars: { models: list(agreements) } }
        : { key: 'answerAgencyNo', vars: {} },
    });
  } else {
    if (facts.sheriffs.length === 1) {
      const sheriff = facts.sheriffs[0]!;
      answers.push({
        question: 'sheriffAgreement',
        answer: sheriff.models.length
          ? {
              key: sheriff.models.length > 1 ? 'answerSheriffYesSeveral' : 'answerSheriffYes',
              vars: { agency: sheriff.agency!, models: list(sheriff.models), count: number(sheriff.models.length) },
            }
          : sheriff.pendingModels.length
            ? { key: 'answerSheriffPending', vars: { agency: sheriff.agency!, models: list(sheriff.pendingModels) } }
            : { key: 'answerSheriffNo', vars: { county: sheriff.county } },
      });
    } else {
      const signed = facts.sheriffs.filter((answer) => answer.models.length > 0);
      answers.push({
        question: 'sheriffAgreement',
        answer:
          signed.length === 0
            ? { key: 'answerSheriffsNone', vars: { total: number(facts.sheriffs.length) } }
            : signed.length <= NAMED_AT_MOST
              ? {
                  key: signed.length === 1 ? 'answerSheriffsNamedOne' : 'answerSheriffsNamed',
                  vars: {
                    count: number(signed.length),
                    total: number(facts.sheriffs.length),
                    agencies: signed.map((answer) => `${answer.agency!} (${list(answer.models)})`).join('; '),
                  },
                }
              : {
                  key: 'answerSheriffsCount',
                  vars: { count: number(facts.sheriffsWithAgreement), total: number(facts.sheriffs.length) },
                },
      });
    }
    answers.push({
      question: 'cityPolice',
      answer: cityPoliceAnswer(facts.cityPolice, facts.otherCities, summary.region.kind === 'state', language, number),
    });
    answers.push({ question: 'jailReach', answer: jailAnswer(facts.jail, ui, list) });
    answers.push({ question: 'fieldReach', answer: fieldAnswer(facts.field, ui) });
    answers.push({
      question: 'severalAgreements',
      answer:
        counts.agreements > 1
          ? {
              key: counts.agencies === 1 ? 'answerSeveralOneAgency' : 'answerSeveralYes',
              vars: { agreements: number(counts.agreements), agencies: number(counts.agencies) },
            }
          : counts.agreements === 1
            ? { key: 'answerSeveralOne', vars: {} }
            : { key: 'answerSeveralNone', vars: {} },
    });
    answers.push({ question: 'pendingAgreements', answer: pendingAnswer(facts.pending, list) });
  }

  const changes = summary.changes;
  const growth =
    options.earliest && options.earliest.asOf < summary.data.asOf
      ? {
          key: 'growth',
          vars: {
            fromDate: date(options.earliest.asOf),
            toDate: date(summary.data.asOf),
            fromAgreements: number(options.earliest.agreements),
            toAgreements: number(options.national.total.agreements),
          },
        }
      : null;
  const contacts: WorkshopContent['contacts'] = [];
  if (config.contacts.hotline) contacts.push({ label: 'hotline', ...config.contacts.hotline });
  if (config.contacts.legalAid) contacts.push({ label: 'legalAid', ...config.contacts.legalAid });
  if (config.contacts.website)
    contacts.push({ label: 'website', name: null, phone: null, website: config.contacts.website });

  const national = options.national;
  function stateCounts(): WorkshopContent['national']['state'] {
    const code = summary.region.state;
    const counts = code ? national.byState?.[code] : undefined;
    if (!code || !summary.region.stateName) return null;
    return {
      name: summary.region.stateName,
      rows: MODELS.map((model) => ({
        model,
        name: modelName(model),
        count: counts?.models[model].agreements ?? 0,
        agreements: number(counts?.models[model].agreements ?? 0),
      })),
      total: number(counts?.total.agreements ?? 0),
    };
  }
  return {
    language: {
      code: language,
      name: content.meta.name,
      reviewed: content.meta.review.fluentReviewer,
      fallbackUnits: report.missing,
    },
    ui,
    frame: {
      regionName: summary.region.name,
      org: config.organization.name || null,
      orgWebsite: config.organization.website,
      presenter: config.presenter,
      date: config.date ? date(config.date) : null,
      start: config.start,
      place: config.place,
      length: config.length,
    },
    stamp: buildStamp(summary.data, date, number),
    placeholders: {
      snapshot: { asOf: date(summary.data.asOf) },
      national: {
        total: {
          agreements: number(national.total.agreements),
          agencies: number(national.total.agencies),
          states: number(national.total.states),
        },
        models: Object.fromEntries(
          MODELS.map((model) => [
            model,
            { agreements: number(national.models[model].agreements), states: number(national.models[model].states) },
          ]),
        ),
        growth: {
          fromDate: options.earliest ? date(options.earliest.asOf) : '',
          fromAgreements: options.earliest ? number(options.earliest.agreements) : '',
        },
      },
      region: {
        name: summary.region.name,
        // As plain text, for a filler that meets the placeholder unexpanded (expandStateLaw runs on module markup).
        stateLaw: stateLaw(0)
          .map((node) => (node.kind === 'text' ? node.text : ''))
          .join('')
          .trim(),
      },
      org: { name: config.organization.name },
    },
    agenda,
    modules,
    // The kit's own words about a source (notes such as "via Justia") in this language, where its folder has them.
    sources: Object.entries(sourceNumbers).map(([id, numberOf]) => ({
      number: numberOf,
      ...curriculum.sources.get(id)!,
      ...content.sourceNotes?.get(id),
    })),
    sourceNumbers,
    national: {
      rows: MODELS.map((model) => ({
        model,
        name: modelName(model),
        count: national.models[model].agreements,
        agreements: number(national.models[model].agreements),
        agencies: number(national.models[model].agencies),
        states: number(national.models[model].states),
      })),
      total: {
        agreements: number(national.total.agreements),
        agencies: number(national.total.agencies),
        states: number(national.total.states),
      },
      growth,
      state: stateCounts(),
    },
    region: {
      kind: summary.region.kind,
      answers,
      facts: buildAnswerFacts(summary),
      agencies: summary.agencies.map(row),
      pending: summary.answers.pending.map(row),
      modelReach: fillTemplate(ui.modelReach ?? '', {
        JEM: modelName('JEM'),
        WSO: modelName('WSO'),
        TFM: modelName('TFM'),
      }),
      unplaced: summary.unplaced.length
        ? { key: 'unplacedNote', vars: { agencies: summary.unplaced.map((agency) => agency.name).join('; ') } }
        : null,
      map: buildMapNote(options.map ?? null, language, number, modelName),
      changes: changes
        ? {
            key: 'changesSummary',
            vars: {
              date: date(changes.from),
              added: number(changes.added.length),
              removed: number(changes.removed.length),
              renamed: number(changes.renamed.length),
              modelsAdded: number(changes.modelsAdded.length),
              modelsDropped: number(changes.modelsDropped.length),
            },
          }
        : null,
    },
    contacts,
  };
}

export { fillTemplate } from './markup.ts'; // for the renderers that fill UI strings

/** A UI string with its {{name}} values put in, each escaped for the output format. */
export function phrase(ui: Record<string, string>, value: Phrase, escape: (text: string) => string): string {
  return fillTemplate(ui[value.key] ?? value.key, value.vars, escape);
}
