import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { ru } from './locales/ru';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'offset-tender.language';

const stored = localStorage.getItem(KEY);
const initial: Language = stored === 'en' ? 'en' : 'ru'; // Russian unless the user chose English

void i18n.use(initReactI18next).init({
  resources: { ru: { translation: ru }, en: { translation: en } },
  lng: initial,
  fallbackLng: false,
  interpolation: { escapeValue: false }, // React escapes
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key) => {
    // The browser tests fail on this line: every string the console shows is translated.
    console.error(`i18n: missing key "${key}"`);
  },
});
document.documentElement.lang = initial;

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

/** A server code (status, error, event) in words, or the server's own text when unknown. */
export function words(key: string, fallback?: string): string {
  return i18n.exists(key) ? i18n.t(key as never) : (fallback ?? key.split('.').pop() ?? key);
}

export default i18n;
