/// <reference lib="dom" />
// Step 2: the workshop. Each change is checked by the kit's own rules (POST /api/config/check, debounced) and the
// problems appear under their fields; a YAML config can be loaded (POST /api/config/parse) and saved
// (POST /api/config/yaml).

import { computed, defineComponent, ref, watch } from 'vue';
import { asError, debounce, describeProblem, downloadText, postJson, postText, type ApiProblem } from './api.ts';
import { DropZone, ErrorBox, FieldInput } from './parts.ts';
import { applyConfig, FORM_FIELDS, problemsAt, store, toConfig } from './state.ts';

interface CheckResult {
  ok: boolean;
  problems: ApiProblem[];
  placeholders: ApiProblem[];
}

const KNOWN_PATHS = [
  'region',
  'custom_region',
  'languages',
  'workshop.length',
  'paper',
  ...FORM_FIELDS.map((f) => f.path),
];

/** Asks the server to check the page's config; the problems land in the store. */
export async function checkConfig(): Promise<void> {
  const result = await postJson<CheckResult>('/api/config/check', { config: toConfig() });
  store.problems = result.problems;
  store.placeholders = result.placeholders;
}

export const WorkshopStep = defineComponent({
  name: 'WorkshopStep',
  components: { DropZone, ErrorBox, FieldInput },
  setup() {
    const error = ref<Error | null>(null);
    const loaded = ref('');
    const saving = ref(false);
    const otherProblems = computed(() =>
      store.problems.filter((problem) => !KNOWN_PATHS.some((path) => problemsAt([problem], path).length > 0)),
    );
    const checkSoon = debounce(() => {
      checkConfig().then(
        () => (error.value = null),
        (caught: unknown) => (error.value = asError(caught)),
      );
    }, 400);
    watch(() => JSON.stringify(toConfig()), checkSoon);

    async function load(file: File | null) {
      if (!file) return;
      try {
        const result = await postText<{ config: Record<string, unknown>; problems: ApiProblem[] }>(
          '/api/config/parse',
          await file.text(),
        );
        applyConfig(result.config);
        store.problems = result.problems;
        loaded.value = file.name;
        error.value = null;
      } catch (caught) {
        error.value = asError(caught);
      }
    }
    async function save() {
      saving.value = true;
      try {
        const result = await postJson<{ yaml: string; fileName: string }>('/api/config/yaml', { config: toConfig() });
        downloadText(result.yaml, result.fileName || 'workshop.yaml', 'text/yaml');
        error.value = null;
      } catch (caught) {
        error.value = asError(caught);
      } finally {
        saving.value = false;
      }
    }
    return {
      store,
      fields: FORM_FIELDS,
      error,
      loaded,
      saving,
      otherProblems,
      problemsOf: (path: string) => problemsAt(store.problems, path),
      warningsOf: (path: string) => problemsAt(store.placeholders, path),
      load,
      save,
      describeProblem,
    };
  },
  template: `
    <section class="step" aria-labelledby="step-workshop">
      <h2 id="step-workshop"><span class="step-number" aria-hidden="true">2</span> {{ t('workshopTitle') }}</h2>
      <p class="intro">{{ t('workshopIntro') }}</p>
      <div class="columns">
        <FieldInput v-for="field in fields" :key="field.key" :id="'field-' + field.key" :label="t('field_' + field.key)"
          :help="t('help_' + field.key)" :type="field.type" :autocomplete="field.autocomplete"
          v-model="store.form[field.key]" :problems="problemsOf(field.path)" :warnings="warningsOf(field.path)" />
        <div class="field">
          <label for="field-length">{{ t('field_length') }}</label>
          <select id="field-length" v-model="store.length"
            :aria-invalid="problemsOf('workshop.length').length > 0 ? 'true' : undefined">
            <option value="60">{{ t('minutesOption', { minutes: 60 }) }}</option>
            <option value="90">{{ t('minutesOption', { minutes: 90 }) }}</option>
            <option value="120">{{ t('minutesOption', { minutes: 120 }) }}</option>
          </select>
        </div>
        <div class="field">
          <label for="field-paper">{{ t('field_paper') }}</label>
          <select id="field-paper" v-model="store.paper">
            <option value="letter">{{ t('paperLetter') }}</option>
            <option value="a4">{{ t('paperA4') }}</option>
          </select>
        </div>
        <fieldset class="field choice" aria-describedby="languages-help">
          <legend>{{ t('field_languages') }}</legend>
          <p id="languages-help" class="help">{{ t('help_languages') }}</p>
          <label><input type="checkbox" value="en" v-model="store.languages" /> {{ t('languageEn') }}</label>
          <label><input type="checkbox" value="es" v-model="store.languages" /> {{ t('languageEs') }}</label>
          <ul v-if="problemsOf('languages').length" class="problems">
            <li v-for="(problem, index) in problemsOf('languages')" :key="index">{{ describeProblem(problem) }}</li>
          </ul>
        </fieldset>
      </div>
      <ul v-if="otherProblems.length" class="problems" role="alert">
        <li v-for="(problem, index) in otherProblems" :key="index">{{ problem.message }}</li>
      </ul>
      <div class="file-row">
        <DropZone id="config-file" :label="t('configLoad')" :help="t('configLoadHelp')" accept=".yaml,.yml,text/yaml"
          @file="load" />
        <div>
          <button type="button" class="secondary" @click="save" :disabled="saving">{{ t('configSave') }}</button>
          <p class="help">{{ t('configSaveHelp') }}</p>
          <p v-if="loaded" class="status" aria-live="polite">{{ t('configLoaded', { name: loaded }) }}</p>
        </div>
      </div>
      <ErrorBox :error="error" />
    </section>`,
});
