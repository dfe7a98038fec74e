/// <reference lib="dom" />
// Step 6: the ICE data. The imported lists and their dates (GET /api/data), a workbook dropped to import
// (POST /api/data/import), and the newest list from ICE in one step (POST /api/data/update), whose failure message
// says how to do it by hand.

import { defineComponent } from 'vue';
import { getJson, postForm, postJson } from './api.ts';
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
  data: () => ({
    data: null as DataState | null,
    file: null as File | null,
    pending: false,
    busy: false,
    outcome: null as ImportResult | null,
    error: null as unknown,
  }),
  async mounted() {
    await this.refresh();
  },
  methods: {
    async refresh() {
      try {
        this.data = await getJson<DataState>('/api/data');
      } catch (error) {
        this.error = error;
      }
    },
    async run(request: () => Promise<ImportResult>) {
      this.busy = true;
      try {
        this.outcome = await request();
        this.error = null;
        await this.refresh();
      } catch (error) {
        this.error = error;
        this.outcome = null;
      } finally {
        this.busy = false;
      }
    },
    importFile() {
      const file = this.file;
      if (!file) return;
      const form = new FormData();
      form.append('file', file);
      if (this.pending) form.append('pending', 'true');
      return this.run(() => postForm<ImportResult>('/api/data/import', form));
    },
    update() {
      return this.run(() => postJson<ImportResult>('/api/data/update', {}));
    },
  },
  template: `
    <section class="step" aria-labelledby="step-data">
      <h2 id="step-data"><span class="step-number" aria-hidden="true">6</span> {{ t('dataTitle') }}</h2>
      <p class="intro">{{ t('dataIntro') }}</p>
      <template v-if="data">
        <p :class="data.freshness.stale ? 'warning' : 'status'">{{ data.freshness.message }}</p>
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{{ t('dataKind') }}</th><th scope="col">{{ t('dataAsOf') }}</th>
              <th scope="col">{{ t('dataAgreements') }}</th><th scope="col">{{ t('dataFile') }}</th></tr></thead>
            <tbody>
              <tr v-for="list in data.lists" :key="list.kind + list.asOf">
                <td>{{ t('dataKind_' + list.kind) }}<template v-if="list.default"> ({{ t('dataDefault') }})</template></td>
                <td>{{ list.asOf }}</td><td>{{ list.agreements }}</td><td class="file-name">{{ list.file }}</td>
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
          <DropZone id="data-file" :label="t('dataImport')" :help="t('dataImportHelp')" accept=".xlsx,.csv" @file="file = $event" />
          <label class="check"><input type="checkbox" v-model="pending" /> {{ t('dataPending') }}</label>
          <button type="button" class="secondary" @click="importFile" :disabled="!file || busy">{{ t('dataImportButton') }}</button>
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
