import { Segmented } from 'antd';
import { LANGS, type Lang } from '../../contracts/i18n.ts';
import { useLang } from './i18n/index.tsx';

/** 中文 / English, in the header and on the login page; the choice is remembered. */
export function LangSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { lang, setLang, t } = useLang();
  return (
    <Segmented<Lang>
      size={size}
      value={lang}
      onChange={setLang}
      options={LANGS.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
      data-testid="lang-switch"
    />
  );
}
