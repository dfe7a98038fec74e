/// <reference lib="dom" />
// Small pieces every step uses: the error box, a labelled field with its problems, model badges, a drop zone.

import { defineComponent, ref, type PropType } from 'vue';
import { MODEL_COLORS } from '../../design/palette.ts';
import { ApiError, describeProblem, type ApiProblem } from './api.ts';
import { t } from './i18n.ts';

/** The kit's message of a failed request (or a plain one when the server gave none), its problems and hint. */
export const ErrorBox = defineComponent({
  name: 'ErrorBox',
  props: { error: { type: Error as PropType<Error | null>, default: null } },
  setup(props) {
    const apiError = (): ApiError | null => {
      return props.error instanceof ApiError ? props.error : null;
    };
    const message = () => {
      const error = apiError();
      if (!error) return props.error ? t('errorUnexpected') : '';
      if (error.message) return error.message;
      return error.status === 0 ? t('errorNoServer') : t('errorStatus', { status: error.status });
    };
    const problems = () => apiError()?.problems ?? [];
    const hint = () => apiError()?.hint ?? '';
    return { message, problems, hint };
  },
  template: `
    <div v-if="error" class="error-box" role="alert">
      <p class="error-message">{{ message() }}</p>
      <ul v-if="problems().length">
        <li v-for="(problem, index) in problems()" :key="index">
          <strong v-if="problem.field">{{ problem.field }}:</strong> {{ problem.message }}
        </li>
      </ul>
      <p v-if="hint()" class="error-hint">{{ hint() }}</p>
    </div>`,
});

/** A labelled text input whose problems and warnings sit under it, linked by aria-describedby. */
export const FieldInput = defineComponent({
  name: 'FieldInput',
  props: {
    id: { type: String, required: true },
    label: { type: String, required: true },
    help: { type: String, default: '' },
    type: { type: String, default: 'text' },
    autocomplete: { type: String, default: 'off' },
    modelValue: { type: String, default: '' },
    problems: { type: Array as PropType<ApiProblem[]>, default: () => [] },
    warnings: { type: Array as PropType<ApiProblem[]>, default: () => [] },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const describedBy = () =>
      [
        props.help ? `${props.id}-help` : '',
        props.problems.length ? `${props.id}-problems` : '',
        props.warnings.length ? `${props.id}-warnings` : '',
      ]
        .filter(Boolean)
        .join(' ') || undefined;
    const onInput = (event: Event) =>
      emit('update:modelValue', event.target instanceof HTMLInputElement ? event.target.value : '');
    return { describedBy, onInput, describeProblem };
  },
  template: `
    <div class="field" :class="{ invalid: problems.length > 0 }">
      <label :for="id">{{ label }}</label>
      <p v-if="help" :id="id + '-help'" class="help">{{ help }}</p>
      <input :id="id" :type="type" :value="modelValue" :autocomplete="autocomplete" @input="onInput"
        :aria-invalid="problems.length > 0 ? 'true' : undefined" :aria-describedby="describedBy()" />
      <ul v-if="problems.length" :id="id + '-problems'" class="problems">
        <li v-for="(problem, index) in problems" :key="index">{{ describeProblem(problem) }}</li>
      </ul>
      <ul v-if="warnings.length" :id="id + '-warnings'" class="warnings">
        <li v-for="(warning, index) in warnings" :key="index">{{ warning.message }}</li>
      </ul>
    </div>`,
});

/** A badge per 287(g) model with agreements, in the kit's model colours (black text on each). */
export const ModelBadges = defineComponent({
  name: 'ModelBadges',
  props: {
    byModel: { type: Object as PropType<Record<string, number>>, default: null },
    models: { type: Array as PropType<string[]>, default: null },
  },
  setup(props) {
    const badges = () => {
      const entries: [string, number | null][] = props.models
        ? props.models.map((model) => [model, null])
        : Object.entries(props.byModel ?? {}).filter(([, count]) => count > 0);
      return entries.map(([model, count]) => ({
        model,
        text: count === null ? model : `${model}: ${count}`,
        color: (MODEL_COLORS as Record<string, string>)[model] ?? '#d0d0d0',
        title: t(`badge${model}`),
      }));
    };
    return { badges };
  },
  template: `
    <span class="badges">
      <span v-for="badge in badges()" :key="badge.model" class="badge" :style="{ background: badge.color }"
        :title="badge.title">{{ badge.text }}<span class="visually-hidden"> ({{ badge.title }})</span></span>
    </span>`,
});

/** A file picker that also takes a file dropped on it; emits `file` with the File (or null when cleared). */
export const DropZone = defineComponent({
  name: 'DropZone',
  props: {
    id: { type: String, required: true },
    label: { type: String, required: true },
    help: { type: String, default: '' },
    accept: { type: String, default: '' },
  },
  emits: ['file'],
  setup(_props, { emit }) {
    const over = ref(false);
    const name = ref('');
    const take = (file: File | null | undefined) => {
      name.value = file?.name ?? '';
      emit('file', file ?? null);
    };
    const onChange = (event: Event) =>
      take(event.target instanceof HTMLInputElement ? event.target.files?.[0] : undefined);
    const onDrop = (event: DragEvent) => {
      over.value = false;
      take(event.dataTransfer?.files[0]);
    };
    return { over, name, onChange, onDrop };
  },
  template: `
    <div class="drop-zone" :class="{ over }" @dragover.prevent="over = true" @dragleave="over = false"
      @drop.prevent="onDrop">
      <label :for="id" class="drop-label">{{ label }}</label>
      <p v-if="help" :id="id + '-help'" class="help">{{ help }}</p>
      <input :id="id" type="file" class="file-input" :accept="accept" @change="onChange"
        :aria-describedby="help ? id + '-help' : undefined" />
      <label :for="id" class="button secondary choose">{{ t('chooseFile') }}</label>
      <p class="drop-hint" aria-live="polite">{{ name ? t('fileChosen', { name }) : t('dropHere') }}</p>
    </div>`,
});
