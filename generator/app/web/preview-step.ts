/// <reference lib="dom" />
// Step 3: the preview before building (POST /api/preview): the region's answers, its agreements, the map, the
// data's date with the warning when it is old, and the placeholder contacts still in the config.

import { computed, defineComponent, ref } from 'vue';
import { asError, postJson, type ApiProblem } from './api.ts';
import { ErrorBox, ModelBadges } from './parts.ts';
import { formatDay, t } from './i18n.ts';
import { store, toConfig } from './state.ts';

interface Preview {
  region: { id: string; name: string };
  asOf: string;
  source: string;
  stale: null | { days: number; message: string };
  answers: { question: string; answer: string; models: string[] }[];
  agencies: { name: string; county?: string; models: string[]; signed?: string }[];
  mapSvg: string | null;
  placeholders: ApiProblem[];
  checklist: { id: string; text: string }[];
}

export const PreviewStep = defineComponent({
  name: 'PreviewStep',
  components: { ErrorBox, ModelBadges },
  setup() {
    const preview = ref<Preview | null>(null);
    const loading = ref(false);
    const error = ref<Error | null>(null);
    // The kit's own map SVG, shown as an image (never as markup in the page).
    const mapUrl = computed(() => {
      const svg = preview.value?.mapSvg;
      return svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` : null;
    });
    async function show() {
      loading.value = true;
      try {
        preview.value = await postJson<Preview>('/api/preview', { config: toConfig() });
        error.value = null;
      } catch (caught) {
        error.value = asError(caught);
        preview.value = null;
      } finally {
        loading.value = false;
      }
    }
    // The preview is in the materials' main language (the first one ticked), which may not be the page's.
    const mainLanguage = computed(() => t(store.languages[0] === 'es' ? 'languageEs' : 'languageEn'));
    return { preview, loading, error, mapUrl, show, mainLanguage, formatDay };
  },
  template: `
    <section class="step" aria-labelledby="step-preview">
      <h2 id="step-preview"><span class="step-number" aria-hidden="true">3</span> {{ t('previewTitle') }}</h2>
      <p class="intro">{{ t('previewIntro') }}</p>
      <button type="button" class="primary" @click="show"
        :disabled="loading">{{ loading ? t('working') : t('previewButton') }}</button>
      <ErrorBox :error="error" />
      <div v-if="preview" class="preview" aria-live="polite">
        <h3>{{ preview.region.name }}</h3>
        <p class="muted">{{ t('previewLanguage', { language: mainLanguage }) }}</p>
        <p class="as-of">{{ t('previewAsOf', { date: formatDay(preview.asOf) }) }} <span
          class="muted">{{ preview.source }}</span></p>
        <div v-if="preview.stale" class="warning" role="alert">
          <p>{{ t('dataStale', { date: formatDay(preview.asOf), days: preview.stale.days }) }}</p>
          <p><a href="#step-data">{{ t('previewStaleApp') }}</a></p>
        </div>
        <ul v-if="preview.placeholders.length" class="warnings" role="alert">
          <li v-for="(warning, index) in preview.placeholders" :key="index">{{ warning.message }}</li>
        </ul>
        <div class="preview-grid">
          <div>
            <h4>{{ t('previewAnswers') }}</h4>
            <dl class="answers">
              <template v-for="(item, index) in preview.answers" :key="index">
                <dt>{{ item.question }}</dt>
                <dd>{{ item.answer }} <ModelBadges :models="item.models" /></dd>
              </template>
            </dl>
          </div>
          <figure v-if="mapUrl" class="map">
            <img :src="mapUrl" :alt="t('previewMapAlt', { region: preview.region.name })" />
            <figcaption>{{ t('previewMapCaption') }}</figcaption>
          </figure>
        </div>
        <h4>{{ t('previewAgencies', { count: preview.agencies.length }) }}</h4>
        <p v-if="preview.agencies.length === 0" class="muted">{{ t('previewNoAgencies') }}</p>
        <div v-else class="table-wrap">
          <table>
            <thead><tr><th scope="col">{{ t('tableAgency') }}</th><th scope="col">{{ t('tableCounty') }}</th>
              <th scope="col">{{ t('tableModels') }}</th><th scope="col">{{ t('tableSigned') }}</th></tr></thead>
            <tbody>
              <tr v-for="(agency, index) in preview.agencies" :key="index">
                <td>{{ agency.name }}</td><td>{{ agency.county ?? '' }}</td>
                <td><ModelBadges :models="agency.models" /></td><td>{{ agency.signed ?? '' }}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <template v-if="preview.checklist.length">
          <h4>{{ t('previewChecklist') }}</h4>
          <ul class="checklist"><li v-for="item in preview.checklist" :key="item.id">{{ item.text }}</li></ul>
        </template>
      </div>
    </section>`,
});
