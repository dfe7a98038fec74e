/// <reference lib="dom" />
// Step 6: the ICE data. The imported lists and their dates (GET /api/data), a workbook dropped to import
// (POST /api/data/import), and the newest list from ICE in one step (POST /api/data/update), whose failure message
// says how to do it by hand.

import { defineComponent, onMounted, ref } from 'vue';
import { asError, getJson, postForm, postJson } from './api.ts';
import { formatDay, t } from './i18n.ts';
import { DropZone, ErrorBox } from './parts.ts';

interface DataState {
  lists: { kind: 'participating' | 'pending'; asOf: string; file: string; agreements: number; default: boolean }[];
  freshness: { asOf: string; days: number; stale: boolean; message: string };
}

interface ImportResult {
  lines: string[];
  diff: string[];
}

export const DataStep = defineComponent({
  name: 'DataStep',
  components: { DropZone, ErrorBox },
  setup() {
    const data = ref<DataState | null>(null);
    const file = ref<File | null>(null);
    const pending = ref(false);
    const busy = ref(false);
    const outcome = ref<ImportResult | null>(null);
    const error = ref<Error | null>(null);
    async function refresh() {
      try {
        data.value = await getJson<DataState>('/api/data');
      } catch (caught) {
        error.value = asError(caught);
      }
    }
    async function run(request: () => Promise<ImportResult>) {
      busy.value = true;
      try {
        outcome.value = await request();
        error.value = null;
        await refresh();
      } catch (caught) {
        error.value = asError(caught);
        outcome.value = null;
      } finally {
        busy.value = false;
      }
    }
    async function importFile() {
      if (!file.value) return;
      const form = new FormData();
      form.append('file', file.value);
      if (pending.value) form.append('pending', 'true');
      await run(() => postForm<ImportResult>('/api/data/import', form));
    }
    const update = () => run(() => postJson<ImportResult>('/api/data/update', {}));
    onMounted(refresh);
    const freshness = (state: DataState['freshness']) =>
      t(state.stale ? 'dataStale' : 'dataFresh', { date: formatDay(state.asOf), days: state.days });
    return { freshness, data, file, pending, busy, outcome, error, importFile, update, formatDay };
  },
  template: `
    <section class="step" aria-labelledby="step-data">
      <h2 id="step-data"><span class="step-number" aria-hidden="true">6</span> {{ t('dataTitle') }}</h2>
      <p class="intro">{{ t('dataIntro') }}</p>
      <template v-if="data">
        <p :class="data.freshness.stale ? 'warning' : 'status'">
          {{ freshness(data.freshness) }}
        </p>
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{{ t('dataKind') }}</th><th scope="col">{{ t('dataAsOf') }}</th>
              <th scope="col">{{ t('dataAgreements') }}</th><th scope="col">{{ t('dataFile') }}</th></tr></thead>
            <tbody>
              <tr v-for="list in data.lists" :key="list.kind + list.asOf">
                <td>{{ t('dataKind_' + list.kind) }}<template
                  v-if="list.default"> ({{ t('dataDefault') }})</template></td>
                <td>{{ formatDay(list.asOf) }}</td><td>{{ list.agreements }}</td>
                <td class="file-name">{{ list.file }}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </template>
      <div class="file-row">
        <div>
          <button type="button" class="primary" @click="update" :disabled="busy">{{ t('dataUpdate') }}</button>
          <p class="help">{{ t('dataUpdateHelp') }}</p>
        </div>
        <div>
          <DropZone id="data-file" :label="t('dataImport')" :help="t('dataImportHelp')" accept=".xlsx,.csv"
            @file="file = $event" />
          <label class="check"><input type="checkbox" v-model="pending" /> {{ t('dataPending') }}</label>
          <button type="button" class="secondary" @click="importFile"
            :disabled="!file || busy">{{ t('dataImportButton') }}</button>
        </div>
      </div>
      <p v-if="busy" class="status" aria-live="polite">{{ t('working') }}</p>
      <ErrorBox :error="error" />
      <div v-if="outcome" class="outcome" aria-live="polite">
        <h3>{{ t('dataDone') }}</h3>
        <pre class="log">{{ outcome.lines.join('\\n') }}</pre>
        <template v-if="outcome.diff.length">
          <h4>{{ t('dataChanges') }}</h4>
          <pre class="log">{{ outcome.diff.join('\\n') }}</pre>
        </template>
      </div>
    </section>`,
});
