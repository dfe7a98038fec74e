/// <reference lib="dom" />
// Step 4: build (POST /api/build, then GET /api/build/:id every half second), then the kit's files grouped as its
// index.html groups them, each downloadable, all as one zip, and the deck's offline website in a new tab.

import { computed, defineComponent, ref } from 'vue';
import { asError, encodePath, getJson, postJson, type ApiProblem } from './api.ts';
import { formatBytes, t } from './i18n.ts';
import { ErrorBox } from './parts.ts';
import { store, toConfig } from './state.ts';

interface BuiltFile {
  path: string;
  purpose: string;
  audience: string;
  languages: string[];
  bytes: number;
  warnings: string[];
}

interface BuildState {
  id: string;
  state: 'running' | 'done' | 'failed';
  stages: { name: string; at: string }[];
  lines: string[];
  error?: { message: string; problems?: ApiProblem[]; hint?: string };
  result?: {
    folder: string;
    region: string;
    groups: { group: string; title: string; files: BuiltFile[] }[];
    checklist: { id: string; text: string }[];
  };
}

const GROUPS = ['print', 'present', 'upload', 'read'];
const POLL_MS = 500;
/** The deck's website in a build folder: deck-LANG/dist/index.html. */
const DECK_SITE = /^deck-([a-z]{2})\/dist\/index\.html$/;

/** The folder's last path segment: the name the server's /files/ and /zip/ routes take. */
function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
}

export const BuildStep = defineComponent({
  name: 'BuildStep',
  components: { ErrorBox },
  setup() {
    const fast = ref(false);
    const build = ref<BuildState | null>(null);
    const error = ref<Error | null>(null);
    const starting = ref(false);
    const running = computed(() => starting.value || build.value?.state === 'running');
    const folder = computed(() => (build.value?.result ? folderName(build.value.result.folder) : ''));
    const files = computed(() => build.value?.result?.groups.flatMap((group) => group.files) ?? []);
    const decks = computed(() =>
      files.value
        .map((file) => DECK_SITE.exec(file.path))
        .filter((match) => match !== null)
        .map((match) => ({
          lang: match[1] ?? '',
          href: `/files/${encodeURIComponent(folder.value)}/${match[0]}`,
        })),
    );
    const lastLines = computed(() => (build.value?.lines ?? []).slice(-12).join('\n'));

    async function follow(id: string) {
      for (;;) {
        const state = await getJson<BuildState>(`/api/build/${encodeURIComponent(id)}`);
        build.value = state;
        if (state.state !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      if (build.value.result)
        store.quizzes = files.value
          .filter((file) => /(^|\/)quiz-[a-z]{2}\.json$/.test(file.path))
          .map((file) => `${folder.value}/${file.path}`);
    }
    async function start() {
      starting.value = true;
      error.value = null;
      try {
        const { id } = await postJson<{ id: string }>('/api/build', {
          config: toConfig(),
          options: { fast: fast.value },
        });
        build.value = { id, state: 'running', stages: [], lines: [] };
        starting.value = false;
        await follow(id);
      } catch (caught) {
        error.value = asError(caught);
      } finally {
        starting.value = false;
      }
    }
    return {
      fast,
      build,
      error,
      running,
      folder,
      decks,
      lastLines,

      start,
      size: formatBytes,
      zipHref: computed(() => `/zip/${encodeURIComponent(folder.value)}`),
      groupTitle: (group: { group: string; title: string }) =>
        GROUPS.includes(group.group) ? t(`group_${group.group}`) : group.title,
      groupHelp: (group: { group: string }) => (GROUPS.includes(group.group) ? t(`groupHelp_${group.group}`) : ''),
      fileHref: (file: BuiltFile) => `/files/${encodeURIComponent(folder.value)}/${encodePath(file.path)}`,
      fileName: (file: BuiltFile) => file.path.split('/').pop() ?? file.path,
      // A folder's record (its path ends in "/") is part of another file; the deck's website opens in a new tab.
      listed: (files: BuiltFile[]) => files.filter((file) => !file.path.endsWith('/')),
      isDeckSite: (file: BuiltFile) => DECK_SITE.test(file.path),
      languageName: (lang: string) => t(lang === 'es' ? 'languageEs' : 'languageEn'),
    };
  },
  template: `
    <section class="step" aria-labelledby="step-build">
      <h2 id="step-build"><span class="step-number" aria-hidden="true">4</span> {{ t('buildTitle') }}</h2>
      <p class="intro">{{ t('buildIntro') }}</p>
      <label class="check"><input id="build-fast" type="checkbox" v-model="fast" aria-describedby="build-fast-help"
        /> {{ t('buildFast') }}</label>
      <p id="build-fast-help" class="help">{{ t('buildFastHelp') }}</p>
      <button type="button" class="primary" @click="start"
        :disabled="running">{{ running ? t('buildRunning') : t('buildButton') }}</button>
      <ErrorBox :error="error" />
      <div v-if="build" class="build">
        <p class="status" aria-live="polite">
          <template v-if="build.state === 'running'">{{ t('buildProgress', { count: build.stages.length }) }}</template>
          <template v-else-if="build.state === 'done'">{{ t('buildDone') }}</template>
          <template v-else>{{ t('buildFailed') }}</template>
        </p>
        <progress v-if="build.state === 'running'" :aria-label="t('buildRunning')"></progress>
        <details>
          <summary>{{ t('buildLog') }}</summary>
          <ol v-if="build.stages.length" class="stages">
            <li v-for="(stage, index) in build.stages" :key="index">{{ stage.name }}</li>
          </ol>
          <pre class="log">{{ lastLines }}</pre>
        </details>
        <div v-if="build.error" class="error-box" role="alert">
          <p class="error-message">{{ build.error.message }}</p>
          <ul v-if="build.error.problems && build.error.problems.length">
            <li v-for="(problem, index) in build.error.problems" :key="index"><strong
              v-if="problem.field">{{ problem.field }}:</strong> {{ problem.message }}</li>
          </ul>
          <p v-if="build.error.hint" class="error-hint">{{ build.error.hint }}</p>
        </div>
        <div v-if="build.result" class="build-result">
          <div class="actions">
            <a class="button primary" :href="zipHref" download>{{ t('buildZip') }}</a>
            <a v-for="deck in decks" :key="deck.lang" class="button secondary" :href="deck.href" target="_blank"
              rel="noopener">{{ t('buildOpenDeck', { language: languageName(deck.lang) }) }}</a>
          </div>
          <p class="muted">{{ t('buildFolder', { folder: build.result.folder }) }}</p>
          <section v-for="group in build.result.groups" :key="group.group" class="file-group"
            :aria-labelledby="'group-' + group.group">
            <h3 :id="'group-' + group.group">{{ groupTitle(group) }}</h3>
            <p class="help">{{ groupHelp(group) }}</p>
            <ul class="files">
              <li v-for="file in listed(group.files)" :key="file.path">
                <a v-if="isDeckSite(file)" :href="fileHref(file)" target="_blank" rel="noopener">{{ file.path }}</a>
                <a v-else :href="fileHref(file)" download>{{ fileName(file) }}</a>
                <span class="muted"> · {{ size(file.bytes) }}<template
                  v-if="file.languages.length"> · {{ file.languages.map(languageName).join(', ') }}</template></span>
                <div class="purpose">{{ file.purpose }}</div>
                <ul v-if="file.warnings.length" class="warnings"><li v-for="(warning, index) in file.warnings"
                  :key="index">{{ warning }}</li></ul>
              </li>
            </ul>
          </section>
          <template v-if="build.result.checklist.length">
            <h3>{{ t('previewChecklist') }}</h3>
            <ul class="checklist"><li v-for="item in build.result.checklist" :key="item.id">{{ item.text }}</li></ul>
          </template>
        </div>
      </div>
    </section>`,
});
