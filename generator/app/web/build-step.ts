/// <reference lib="dom" />
// Step 4: build (POST /api/build, then GET /api/build/:id every half second), then the kit's files grouped as its
// index.html groups them, each downloadable, all as one zip, and the deck's offline website in a new tab.

import { defineComponent } from 'vue';
import { encodePath, getJson, postJson, type ApiProblem } from './api.ts';
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

/** The folder's last path segment: the name the server's /files/ and /zip/ routes take. */
function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
}

export const BuildStep = defineComponent({
  name: 'BuildStep',
  components: { ErrorBox },
  data: () => ({ fast: false, build: null as BuildState | null, error: null as unknown, starting: false }),
  computed: {
    running(): boolean {
      return this.starting || this.build?.state === 'running';
    },
    folder(): string {
      return this.build?.result ? folderName(this.build.result.folder) : '';
    },
    decks(): { lang: string; href: string }[] {
      const files = this.build?.result?.groups.flatMap((group) => group.files) ?? [];
      return files
        .map((file) => /^deck-([a-z]{2})\/dist\/index\.html$/.exec(file.path))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => ({ lang: match[1]!, href: `/files/${encodeURIComponent(this.folder)}/${match[0]}` }));
    },
    lastLines(): string {
      return (this.build?.lines ?? []).slice(-12).join('\n');
    },
  },
  methods: {
    groupTitle(group: { group: string; title: string }) {
      return GROUPS.includes(group.group) ? t(`group_${group.group}`) : group.title;
    },
    groupHelp(group: { group: string }) {
      return GROUPS.includes(group.group) ? t(`groupHelp_${group.group}`) : '';
    },
    fileHref(file: BuiltFile) {
      return `/files/${encodeURIComponent(this.folder)}/${encodePath(file.path)}`;
    },
    fileName(file: BuiltFile) {
      return file.path.split('/').pop() ?? file.path;
    },
    size: formatBytes,
    async start() {
      this.starting = true;
      this.error = null;
      try {
        const { id } = await postJson<{ id: string }>('/api/build', {
          config: toConfig(),
          options: { fast: this.fast },
        });
        this.build = { id, state: 'running', stages: [], lines: [] };
        await this.follow(id);
      } catch (error) {
        this.error = error;
      } finally {
        this.starting = false;
      }
    },
    async follow(id: string) {
      for (;;) {
        const build = await getJson<BuildState>(`/api/build/${encodeURIComponent(id)}`);
        this.build = build;
        if (build.state !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      if (this.build?.result) {
        const folder = this.folder;
        store.quizzes = this.build.result.groups
          .flatMap((group) => group.files)
          .filter((file) => /(^|\/)quiz-[a-z]{2}\.json$/.test(file.path))
          .map((file) => `${folder}/${file.path}`);
      }
    },
  },
  template: `
    <section class="step" aria-labelledby="step-build">
      <h2 id="step-build"><span class="step-number" aria-hidden="true">4</span> {{ t('buildTitle') }}</h2>
      <p class="intro">{{ t('buildIntro') }}</p>
      <label class="check"><input type="checkbox" v-model="fast" aria-describedby="build-fast-help" /> {{ t('buildFast') }}</label>
      <p id="build-fast-help" class="help">{{ t('buildFastHelp') }}</p>
      <button type="button" class="primary" @click="start" :disabled="running">{{ running ? t('buildRunning') : t('buildButton') }}</button>
      <ErrorBox :error="error" />
      <div v-if="build" class="build">
        <p class="status" aria-live="polite">
          <template v-if="build.state === 'running'">{{ t('buildStage', { stage: build.stages.length ? build.stages[build.stages.length - 1].name : t('buildStarting') }) }}</template>
          <template v-else-if="build.state === 'done'">{{ t('buildDone') }}</template>
          <template v-else>{{ t('buildFailed') }}</template>
        </p>
        <ol v-if="build.stages.length" class="stages">
          <li v-for="(stage, index) in build.stages" :key="index">{{ stage.name }}</li>
        </ol>
        <details :open="build.state !== 'done'">
          <summary>{{ t('buildLog') }}</summary>
          <pre class="log">{{ lastLines }}</pre>
        </details>
        <div v-if="build.error" class="error-box" role="alert">
          <p class="error-message">{{ build.error.message }}</p>
          <ul v-if="build.error.problems && build.error.problems.length">
            <li v-for="(problem, index) in build.error.problems" :key="index"><strong v-if="problem.field">{{ problem.field }}:</strong> {{ problem.message }}</li>
          </ul>
          <p v-if="build.error.hint" class="error-hint">{{ build.error.hint }}</p>
        </div>
        <div v-if="build.result" class="result">
          <div class="actions">
            <a class="button primary" :href="'/zip/' + encodeURIComponent(folder)" download>{{ t('buildZip') }}</a>
            <a v-for="deck in decks" :key="deck.lang" class="button secondary" :href="deck.href" target="_blank"
              rel="noopener">{{ t('buildOpenDeck', { language: t('language' + deck.lang.charAt(0).toUpperCase() + deck.lang.slice(1)) }) }}</a>
          </div>
          <p class="muted">{{ t('buildFolder', { folder: build.result.folder }) }}</p>
          <section v-for="group in build.result.groups" :key="group.group" class="file-group" :aria-labelledby="'group-' + group.group">
            <h3 :id="'group-' + group.group">{{ groupTitle(group) }}</h3>
            <p class="help">{{ groupHelp(group) }}</p>
            <ul class="files">
              <li v-for="file in group.files" :key="file.path">
                <a :href="fileHref(file)" download>{{ fileName(file) }}</a>
                <span class="muted"> · {{ size(file.bytes) }}<template v-if="file.languages.length"> · {{ file.languages.join(', ') }}</template></span>
                <div class="purpose">{{ file.purpose }}</div>
                <ul v-if="file.warnings.length" class="warnings"><li v-for="(warning, index) in file.warnings" :key="index">{{ warning }}</li></ul>
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
