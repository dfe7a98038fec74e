/// <reference lib="dom" />
// Step 5: score a quiz (POST /api/score): the results file of Google Forms or Microsoft Forms, an optional second
// one for before/after, the quiz of the build; then the report and its PDF.

import { defineComponent, ref, watch } from 'vue';
import { asError, postForm } from './api.ts';
import { t, ui } from './i18n.ts';
import { DropZone, ErrorBox } from './parts.ts';
import { store } from './state.ts';

interface ScoreResult {
  report: {
    participants: number;
    mean: number | null;
    postParticipants?: number;
    postMean?: number | null;
    perQuestion: {
      number: number;
      text: string;
      percent: number | null;
      answered: number;
      post: number | null;
    }[];
    text: string;
  };
  pdf: string;
}

/** A percent (0-100) as "91.7 %" in the interface language; "–" when there is none. */
function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return t('percent', {
    value: value.toLocaleString(ui.lang === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 1 }),
  });
}

/** "tx-tarrant-county/quiz/quiz-es-post.json" as "The quiz after the workshop (Spanish)"; else its file name. */
function quizLabel(path: string): string {
  const match = /quiz-([a-z]{2})(-post)?\.json$/.exec(path);
  if (!match) return path.split('/').pop() ?? path;
  const language = t(match[1] === 'es' ? 'languageEs' : 'languageEn');
  return t(match[2] ? 'scoreQuizPost' : 'scoreQuizPre', { language });
}

export const ScoreStep = defineComponent({
  name: 'ScoreStep',
  components: { DropZone, ErrorBox },
  setup() {
    const results = ref<File | null>(null);
    const post = ref<File | null>(null);
    const quiz = ref('');
    const scoring = ref(false);
    const score = ref<ScoreResult | null>(null);
    const error = ref<Error | null>(null);
    watch(
      () => store.quizzes,
      (quizzes) => {
        if (!quizzes.includes(quiz.value)) quiz.value = quizzes[0] ?? '';
      },
      { immediate: true },
    );
    async function submit() {
      if (!results.value) return;
      const form = new FormData();
      form.append('results', results.value);
      if (post.value) form.append('post', post.value);
      form.append('quiz', quiz.value);
      scoring.value = true;
      try {
        score.value = await postForm<ScoreResult>('/api/score', form);
        error.value = null;
      } catch (caught) {
        error.value = asError(caught);
        score.value = null;
      } finally {
        scoring.value = false;
      }
    }
    return {
      store,
      results,
      post,
      quiz,
      scoring,
      score,
      error,
      submit,
      quizLabel,
      formatPercent,
      postSummary: (report: ScoreResult['report']) =>
        t('scorePostSummary', { count: report.postParticipants ?? 0, percent: formatPercent(report.postMean) }),
    };
  },
  template: `
    <section class="step" aria-labelledby="step-score">
      <h2 id="step-score"><span class="step-number" aria-hidden="true">5</span> {{ t('scoreTitle') }}</h2>
      <p class="intro">{{ t('scoreIntro') }}</p>
      <div class="file-row">
        <DropZone id="score-results" :label="t('scoreResults')" :help="t('scoreResultsHelp')" accept=".csv,.xlsx"
          @file="results = $event" />
        <DropZone id="score-post" :label="t('scorePost')" :help="t('scorePostHelp')" accept=".csv,.xlsx"
          @file="post = $event" />
      </div>
      <div class="field">
        <label for="score-quiz">{{ t('scoreQuiz') }}</label>
        <p v-if="store.quizzes.length === 0" id="score-quiz-help" class="help">{{ t('scoreNoQuiz') }}</p>
        <select id="score-quiz" v-model="quiz" :disabled="store.quizzes.length === 0"
          :aria-describedby="store.quizzes.length === 0 ? 'score-quiz-help' : undefined">
          <option v-for="item in store.quizzes" :key="item" :value="item">{{ quizLabel(item) }}</option>
        </select>
      </div>
      <button type="button" class="primary" @click="submit"
        :disabled="!results || !quiz || scoring">{{ scoring ? t('working') : t('scoreButton') }}</button>
      <ErrorBox :error="error" />
      <div v-if="score" class="score" aria-live="polite">
        <p><strong>{{ t('scoreParticipants', { count: score.report.participants }) }}</strong></p>
        <p>{{ t('scoreMean', { percent: formatPercent(score.report.mean) }) }}</p>
        <p v-if="score.report.postParticipants !== undefined">{{ postSummary(score.report) }}</p>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{{ t('scoreByQuestion') }}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{{ t('scoreQuestion') }}</th>
                <th scope="col">{{ t('scoreAnswered') }}</th>
                <th scope="col">{{ t('scoreCorrect') }}</th>
                <th v-if="score.report.postParticipants !== undefined" scope="col">{{ t('scoreCorrectAfter') }}</th>
              </tr>
            </thead>
            <tbody>
              <tr v-for="question in score.report.perQuestion" :key="question.number">
                <td>{{ question.number }}</td>
                <td>{{ question.text }}</td>
                <td>{{ question.answered }}</td>
                <td>{{ formatPercent(question.percent) }}</td>
                <td v-if="score.report.postParticipants !== undefined">{{ formatPercent(question.post) }}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <details>
          <summary>{{ t('scoreText') }}</summary>
          <pre class="report">{{ score.report.text }}</pre>
        </details>
        <a class="button primary" :href="score.pdf" download>{{ t('scorePdf') }}</a>
      </div>
    </section>`,
});
