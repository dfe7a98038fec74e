/// <reference lib="dom" />
// Step 1: find the region. Results come as the user types (GET /api/search, debounced); a custom region collects
// several counties under a name of the user's choosing.

import { computed, defineComponent, ref } from 'vue';
import { asError, debounce, describeProblem, getJson } from './api.ts';
import { t } from './i18n.ts';
import { ErrorBox, FieldInput, ModelBadges } from './parts.ts';
import { problemsAt, store, type RegionMatch } from './state.ts';

const KINDS = ['state', 'county', 'agency', 'city'];

export const RegionStep = defineComponent({
  name: 'RegionStep',
  components: { ErrorBox, FieldInput, ModelBadges },
  setup() {
    const query = ref('');
    const matches = ref<RegionMatch[]>([]);
    const searching = ref(false);
    const searched = ref('');
    const error = ref<Error | null>(null);

    async function search() {
      const text = query.value.trim();
      if (text === '') {
        matches.value = [];
        searched.value = '';
        return;
      }
      searching.value = true;
      try {
        const body = await getJson<{ matches: RegionMatch[] }>(`/api/search?q=${encodeURIComponent(text)}&limit=20`);
        if (text !== query.value.trim()) return; // a newer search is on its way
        matches.value = body.matches;
        searched.value = text;
        error.value = null;
      } catch (caught) {
        error.value = asError(caught);
      } finally {
        searching.value = false;
      }
    }
    const searchSoon = debounce(() => void search(), 250);
    const regionProblems = computed(() => [
      ...problemsAt(store.problems, 'region'),
      ...problemsAt(store.problems, 'custom_region'),
    ]);
    const kindLabel = (match: RegionMatch) => t(KINDS.includes(match.kind) ? `kind_${match.kind}` : 'kind_other');
    const isPicked = (match: RegionMatch) =>
      store.mode === 'custom'
        ? store.customCounties.some((county) => county.id === match.id)
        : store.region?.id === match.id;
    const canPick = (match: RegionMatch) => store.mode === 'one' || match.kind === 'county';
    const pick = (match: RegionMatch) => {
      if (store.mode === 'one') store.region = match;
      else if (!isPicked(match)) store.customCounties.push(match);
    };
    const counts = (match: RegionMatch) =>
      t('regionCounts', { agreements: match.agreements, agencies: match.agencies });
    const actionLabel = (match: RegionMatch) =>
      t(isPicked(match) ? 'regionPicked' : store.mode === 'custom' ? 'regionAdd' : 'regionPick');
    const remove = (id: string) => {
      store.customCounties = store.customCounties.filter((county) => county.id !== id);
    };
    return {
      store,
      query,
      matches,
      searching,
      searched,
      error,
      searchSoon,
      regionProblems,
      kindLabel,
      isPicked,
      canPick,
      pick,
      remove,
      counts,
      describeProblem,
      actionLabel,
    };
  },
  template: `
    <section class="step" aria-labelledby="step-region">
      <h2 id="step-region"><span class="step-number" aria-hidden="true">1</span> {{ t('regionTitle') }}</h2>
      <p class="intro">{{ t('regionIntro') }}</p>
      <fieldset class="choice">
        <legend>{{ t('regionModeLegend') }}</legend>
        <label><input type="radio" value="one" v-model="store.mode" /> {{ t('regionModeOne') }}</label>
        <label><input type="radio" value="custom" v-model="store.mode" /> {{ t('regionModeCustom') }}</label>
      </fieldset>
      <div class="field">
        <label for="region-search">{{ t('regionSearchLabel') }}</label>
        <p id="region-search-help" class="help">{{ t('regionSearchHelp') }}</p>
        <input id="region-search" type="search" v-model="query" @input="searchSoon" autocomplete="off"
          aria-describedby="region-search-help" aria-controls="region-results" />
      </div>
      <p class="status" aria-live="polite">
        <template v-if="searching">{{ t('searching') }}</template>
        <template v-else-if="searched && matches.length === 0">{{ t('regionNoMatch', { query: searched }) }}</template>
        <template v-else-if="matches.length === 1">{{ t('regionMatchesOne') }}</template>
        <template v-else-if="matches.length">{{ t('regionMatches', { count: matches.length }) }}</template>
      </p>
      <ErrorBox :error="error" />
      <ul id="region-results" class="results">
        <li v-for="match in matches" :key="match.id" :class="{ picked: isPicked(match) }">
          <button type="button" class="result" :disabled="!canPick(match)" :aria-pressed="isPicked(match)"
            @click="pick(match)">
            <span class="result-name">{{ match.name }}</span>
            <span class="result-kind">{{ kindLabel(match) }}<template
              v-if="match.place"> · {{ t('regionInPlace', { place: match.place }) }}</template></span>
            <span class="result-counts">{{ counts(match) }}</span>
            <ModelBadges :by-model="match.byModel" />
            <span class="result-action" aria-hidden="true">{{ actionLabel(match) }}</span>
          </button>
        </li>
      </ul>
      <div v-if="store.mode === 'one'" class="chosen" aria-live="polite">
        <p v-if="store.region"><strong>{{ t('regionChosen') }}</strong> {{ store.region.name }}
          <span class="muted">({{ store.region.id }})</span></p>
        <p v-else class="muted">{{ t('regionNoneYet') }}</p>
      </div>
      <div v-else class="custom-region">
        <FieldInput id="custom-name" :label="t('customName')" :help="t('customNameHelp')" v-model="store.customName" />
        <p><strong>{{ t('customCounties') }}</strong></p>
        <p v-if="store.customCounties.length === 0" class="muted">{{ t('customNone') }}</p>
        <ul class="chips">
          <li v-for="county in store.customCounties" :key="county.id">
            {{ county.name }}
            <button type="button" class="small" @click="remove(county.id)"
              :aria-label="t('customRemove', { name: county.name })">×</button>
          </li>
        </ul>
      </div>
      <ul v-if="regionProblems.length" class="problems" role="alert">
        <li v-for="(problem, index) in regionProblems" :key="index">{{ describeProblem(problem) }}</li>
      </ul>
    </section>`,
});
