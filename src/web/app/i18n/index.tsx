import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { DEFAULT_LANG, LANGS, type Lang } from '../../../contracts/i18n.ts';
import { setRequestLang } from '../api/client.ts';
import { type Translate, translate } from './translate.ts';

export { isMessageKey, type MessageKey, type Translate } from './translate.ts';

const STORAGE_KEY = 'liandian.lang';

const isLang = (v: string | null): v is Lang => v !== null && (LANGS as readonly string[]).includes(v);

function storedLang(): Lang {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLang(v) ? v : DEFAULT_LANG;
  } catch {
    // Storage can be blocked (private mode); the default language still works.
    return DEFAULT_LANG;
  }
}

/** Everything outside React that depends on the language follows it here, synchronously. */
function applyLang(lang: Lang): void {
  setRequestLang(lang);
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = lang;
  document.title = translate(lang, 'app.name');
}

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const LangContext = createContext<LangContextValue | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = storedLang();
    applyLang(initial);
    return initial;
  });
  const setLang = useCallback((next: Lang) => {
    applyLang(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted, but the switch still applies to this page.
    }
    setLangState(next);
  }, []);
  const value = useMemo<LangContextValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  const ctx = useContext(LangContext);
  if (!ctx) throw new Error('useLang outside LangProvider');
  return ctx;
}

export function useT(): Translate {
  return useLang().t;
}
