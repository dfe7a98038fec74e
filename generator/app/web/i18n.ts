/// <reference lib="dom" />
// The interface language: the app's strings from the kit's locale files (GET /api/ui), and `t` to show them.

import { reactive } from 'vue';
import { getJson } from './api.ts';

/** The interface languages the page offers, as their codes. */
export const INTERFACE_LANGUAGES = ['en', 'es'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

interface InterfaceState {
  lang: InterfaceLanguage;
  strings: Record<string, string>;
  ready: boolean;
}

export const ui = reactive<InterfaceState>({ lang: 'en', strings: {}, ready: false });

/**
 * The string `key` of the current language with each {{name}} replaced by `values[name]`; the key itself when the
 * locale files lack it (so a missing string is seen, never silently English).
 */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const text = ui.strings[key] ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Loads the strings of `lang` and makes the page follow it (`<html lang>`, the title, the address). */
export async function loadLanguage(lang: InterfaceLanguage): Promise<void> {
  const body = await getJson<{ lang: string; strings: Record<string, string> }>(`/api/ui?lang=${lang}`);
  ui.strings = body.strings;
  ui.lang = lang;
  ui.ready = true;
  document.documentElement.lang = lang;
  document.title = t('appTitle');
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
}

/** The language asked for in the address (?lang=es), else the browser's when it is Spanish, else English. */
export function chooseStartLanguage(): InterfaceLanguage {
  const asked = new URL(window.location.href).searchParams.get('lang');
  if (asked === 'en' || asked === 'es') return asked;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** An ISO day (YYYY-MM-DD) as the interface language writes it ("May 18, 2026", "18 de mayo de 2026"); else as is. */
export function formatDay(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const locale = ui.lang === 'es' ? 'es-US' : 'en-US';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
}

/** A number of bytes as "12 KB" / "1.2 MB" in the interface language. */
export function formatBytes(bytes: number): string {
  const locale = ui.lang === 'es' ? 'es-US' : 'en-US';
  if (bytes < 1024 * 1024) return t('sizeKB', { size: Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale) });
  return t('sizeMB', { size: (bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 }) });
}
