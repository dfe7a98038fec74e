/// <reference lib="dom" />
// The app's page: six steps on one page (region, workshop, preview, build, score, data) in the chosen interface
// language. Bundled for the browser by the app's server with esbuild; `vue` is the page's import map's
// /vendor/vue.js (the full build, which compiles the components' string templates).

import { createApp, defineComponent, ref, watch } from 'vue';
import { asError } from './api.ts';
import { BuildStep } from './build-step.ts';
import { DataStep } from './data-step.ts';
import { chooseStartLanguage, INTERFACE_LANGUAGES, loadLanguage, t, ui, type InterfaceLanguage } from './i18n.ts';
import { ErrorBox } from './parts.ts';
import { restoreDraft, saveDraft, store } from './state.ts';
import { PreviewStep } from './preview-step.ts';
import { RegionStep } from './region-step.ts';
import { ScoreStep } from './score-step.ts';
import { WorkshopStep } from './workshop-step.ts';

declare module 'vue' {
  interface ComponentCustomProperties {
    t: typeof t;
  }
}

const App = defineComponent({
  name: 'App',
  components: { BuildStep, DataStep, ErrorBox, PreviewStep, RegionStep, ScoreStep, WorkshopStep },
  setup() {
    const error = ref<Error | null>(null);
    async function choose(lang: InterfaceLanguage) {
      try {
        await loadLanguage(lang);
        error.value = null;
      } catch (caught) {
        error.value = asError(caught);
      }
    }
    const start = chooseStartLanguage();
    // The trainer's choices survive a reload: put back, then written again on every change. A first visit in
    // Spanish makes the materials Spanish too (the preview then reads in the page's language).
    if (!restoreDraft(window.localStorage)) store.languages = [start];
    watch(store, () => saveDraft(window.localStorage), { deep: true });
    void choose(start);
    return { ui, languages: INTERFACE_LANGUAGES, error, choose };
  },
  template: `
    <a class="skip" href="#main">{{ t('skipToContent') }}</a>
    <header class="top">
      <div class="top-inner">
        <div>
          <h1>{{ t('appTitle') }}</h1>
          <p class="tagline">{{ t('appTagline') }}</p>
        </div>
        <nav :aria-label="t('languageSwitch')" class="language-switch">
          <button v-for="lang in languages" :key="lang" type="button" :lang="lang" :aria-pressed="ui.lang === lang"
            @click="choose(lang)">{{ t('switch_' + lang) }}</button>
        </nav>
      </div>
      <nav :aria-label="t('stepsNav')" class="steps-nav">
        <a href="#step-region">1. {{ t('regionTitle') }}</a>
        <a href="#step-workshop">2. {{ t('workshopTitle') }}</a>
        <a href="#step-preview">3. {{ t('previewTitle') }}</a>
        <a href="#step-build">4. {{ t('buildTitle') }}</a>
        <a href="#step-score">5. {{ t('scoreTitle') }}</a>
        <a href="#step-data">6. {{ t('dataTitle') }}</a>
      </nav>
    </header>
    <ErrorBox :error="error" />
    <main id="main" v-if="ui.ready">
      <RegionStep />
      <WorkshopStep />
      <PreviewStep />
      <BuildStep />
      <ScoreStep />
      <DataStep />
    </main>`,
});

const app = createApp(App);
app.config.globalProperties.t = t;
app.mount('#app');
