// The workshop script: the whole workshop for one region and language as one Markdown document
// (agenda with clock times, each module's slides with the region's data, speaker notes, handout text,
// the question bank with answers, sources), for the trainer to read and rehearse from.

import { agendaClock } from '../content/agenda.ts';
import { citeSources } from '../content/cite.ts';
import { pickDeckQuiz } from '../content/deck-quiz.ts';
import { parseMarkup, renderMarkup, splitAtSlots, type MarkupNode } from '../content/markup.ts';
import { phrase, type AgencyRow, type Phrase, type WorkshopContent } from '../content/view.ts';
import { escapeMarkdown, renderMarkdownAutolink } from '../render/markdown.ts';

export function renderWorkshopScript(content: WorkshopContent): string {
  const ui = (key: string) => content.ui[key] ?? key;
  const say = (value: Phrase) => phrase(content.ui, value, escapeMarkdown);
  const e = escapeMarkdown;

  /** Curriculum Markdown (nodes, or a quiz text), placeholders filled (values escaped), sources as "[3, 8]". */
  const fill = (markup: readonly MarkupNode[] | string): string =>
    renderMarkup(typeof markup === 'string' ? parseMarkup(markup) : markup, content.placeholders, {
      escape: escapeMarkdown,
      sources: citeSources((id) => content.sourceNumbers[id]),
    }).trim();

  const agencyTable = (rows: AgencyRow[]): string => {
    if (rows.length === 0) return `_${e(ui('none'))}_`;
    const lines = [
      `| ${ui('agency')} | ${ui('county')} | ${ui('model')} | ${ui('signed')} | ${ui('moa')} |`,
      '|---|---|---|---|---|',
    ];
    for (const row of rows) {
      const where = e(row.where ?? ui('unknown'));
      for (const agreement of row.agreements) {
        const moa = agreement.moaUrl
          ? renderMarkdownAutolink(agreement.moaUrl)
          : agreement.moaPending
            ? ui('linkPending')
            : ui('notGiven');
        const signed = e(agreement.signed ?? ui('unknown'));
        lines.push(`| ${e(row.name)} | ${where} | ${e(agreement.modelName)} | ${signed} | ${moa} |`);
      }
      for (const pending of row.pending)
        lines.push(`| ${e(row.name)} | ${where} | ${e(pending.modelName)} | ${ui('pending')} | |`);
    }
    return lines.join('\n');
  };

  const slot = (name: string): string => {
    switch (name) {
      case 'national-counts':
        return [
          `| ${ui('model')} | ${ui('agreements')} | ${ui('agencies')} | ${ui('states')} |`,
          '|---|---|---|---|',
          ...content.national.rows.map(
            (row) => `| ${e(row.name)} | ${row.agreements} | ${row.agencies} | ${row.states} |`,
          ),
          `| ${ui('total')} | ${content.national.total.agreements} | ${content.national.total.agencies} ` +
            `| ${content.national.total.states} |`,
          ...(content.national.state
            ? [
                '',
                `| ${e(content.national.state.name)} | ${ui('agreements')} |`,
                '|---|---|',
                ...content.national.state.rows.map((row) => `| ${e(row.name)} | ${row.agreements} |`),
                `| ${ui('total')} | ${content.national.state.total} |`,
              ]
            : []),
        ].join('\n');
      case 'national-growth':
        return content.national.growth ? say(content.national.growth) : '';
      case 'region-answer':
        return content.region.answers.map((answer) => `- **${ui(answer.question)}** ${say(answer.answer)}`).join('\n');
      case 'region-agencies':
        return [
          agencyTable(content.region.agencies),
          content.region.agencies.length ? `\n${e(content.region.modelReach)}` : '',
          content.region.unplaced ? `\n${say(content.region.unplaced)}` : '',
        ].join('');
      case 'region-map':
        return content.region.map.map(say).join(' ');
      case 'region-pending':
        return content.region.pending.length ? agencyTable(content.region.pending) : ui('answerPendingNo');
      case 'region-changes':
        return content.region.changes ? say(content.region.changes) : ui('noEarlierList');
      case 'contacts':
        return content.contacts.length
          ? content.contacts
              .map(
                (contact) =>
                  `- **${ui(contact.label)}:** ` +
                  [
                    contact.name && e(contact.name),
                    contact.phone && e(contact.phone),
                    contact.website && renderMarkdownAutolink(contact.website),
                  ]
                    .filter(Boolean)
                    .join(', '),
              )
              .join('\n')
          : `_${ui('notGiven')}_`;
      case 'quiz':
        // The slides ask a few questions; the script lists them all, as the bank the printed quiz is drawn from.
        return say({
          key: 'quizBankNote',
          vars: {
            deck: String(pickDeckQuiz(content.modules).length),
            count: String(content.modules.reduce((sum, module) => sum + module.quiz.length, 0)),
          },
        });
      case 'sources':
        return content.sources
          .map(
            (source) =>
              `${source.number}. ${e(source.title)}` +
              (source.publisher ? `, ${e(source.publisher)}` : '') +
              (source.url ? `, ${renderMarkdownAutolink(source.url)}` : ''),
          )
          .join('\n');
      default:
        return '';
    }
  };

  const slideBody = (body: readonly MarkupNode[]): string =>
    splitAtSlots(body)
      .map((part) => (part.kind === 'slot' ? slot(part.name) : fill(part.nodes)))
      .join('\n\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();

  const out: string[] = [];
  out.push(`# ${e(ui('workshopTitle'))} — ${e(content.frame.regionName)}`, '');
  const frame = [
    content.frame.org && say({ key: 'presentedBy', vars: { org: content.frame.org } }),
    content.frame.presenter && e(content.frame.presenter),
    content.frame.date && e(content.frame.date),
    content.frame.start,
    content.frame.place && e(content.frame.place),
  ].filter(Boolean);
  if (frame.length) out.push(frame.join(' · '), '');
  out.push(
    `> ${say({ key: 'asOf', vars: { date: content.stamp.asOf } })}. ` +
      `${say({ key: 'dataSource', vars: { file: content.stamp.source } })}.`,
  );
  if (content.stamp.stale) out.push('>', `> **${say(content.stamp.stale)}**`);
  out.push('>', `> ${e(ui('notLegalAdvice'))}`);
  if (!content.language.reviewed && content.language.code !== 'en')
    out.push('>', `> ${e(ui('unreviewedTranslation'))}`);
  if (content.language.fallbackUnits.length)
    out.push('>', `> ${e(ui('fallbackNotice'))} (${content.language.fallbackUnits.length})`);
  const clock = ui(agendaClock(content.frame.start) === 'time' ? 'agendaTime' : 'agendaElapsed');
  out.push('', `## ${ui('agenda')}`, '', `| ${e(clock)} | ${ui('module')} | ${ui('minutes')} |`, '|---|---|---|');
  for (const item of content.agenda)
    out.push(
      `| ${item.start ? `${item.start}–${item.end}` : ''} ` +
        `| ${item.number ? `${item.number}. ` : ''}${e(item.title)} | ${item.minutes} |`,
    );

  for (const module of content.modules) {
    out.push(
      '',
      `## ${say({ key: 'moduleNumber', vars: { number: String(module.number) } })}: ` +
        `${e(module.title)} (${module.minutes} ${ui('minutesShort')})`,
      '',
    );
    if (module.fallback) out.push(`> ${e(ui('fallbackNotice'))}`, '');
    out.push(`**${ui('objectives')}**`, '', ...module.markup.objectives.map((objective) => `- ${fill(objective)}`));
    for (const slide of module.slides) {
      out.push('', '---', '');
      if (slide.fallback) out.push(`> ${e(ui('fallbackNotice'))}`, '');
      out.push(
        slideBody(slide.markup.body).replace(/^# /, '### '),
        '',
        `**${ui('speakerNotes')}** (${ui('trainerOnly')})`,
        '',
        ...fill(slide.markup.notes)
          .split('\n')
          .map((line) => `> ${line}`),
      );
    }
    out.push(
      '',
      '---',
      '',
      `**${ui('handoutTitle')}**`,
      '',
      fill(module.markup.handout),
      '',
      `**${ui('questionBank')}**`,
      '',
    );
    module.quiz.forEach((question, index) => {
      const answer =
        typeof question.answer === 'boolean'
          ? ui(question.answer ? 'trueLabel' : 'falseLabel')
          : question.answer.map((option) => fill(question.options[option - 1]!)).join('; ');
      out.push(`${index + 1}. ${fill(question.question)}`);
      for (const option of question.options) out.push(`   - ${fill(option)}`);
      out.push(`   - _${ui('answer')}: ${answer}. ${ui('explanation')}: ${fill(question.explanation)}_`);
    });
  }
  out.push('', `## ${ui('sources')}`, '', slot('sources'), '', `_${e(ui('notLegalAdvice'))}_`, '');
  return out.join('\n');
}
