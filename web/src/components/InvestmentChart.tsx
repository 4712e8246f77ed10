import { LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import langRU from 'echarts/i18n/langRU-obj.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

echarts.use([
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);
// The time axis names months in the page's language (ECharts carries only EN and ZH itself).
echarts.registerLocale('RU', langRU);

export interface Point {
  at: string;
  rub: number;
}

/** Verified investment over time against the promised tranches, both cumulative, in bn RUB. */
export function InvestmentChart({ promised, verified }: { promised: Point[]; verified: Point[] }) {
  const { t, i18n } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, {
      // SVG: the axis labels are text in the page, readable by tests and by selection.
      renderer: 'svg',
      locale: i18n.language === 'ru' ? 'RU' : 'EN',
    });
    const series = (points: Point[]) => {
      let sum = 0;
      return [...points]
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((p) => {
          sum += p.rub;
          return [p.at, Math.round((sum / 1e9) * 1000) / 1000];
        });
    };
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('dashboard.promised'), t('dashboard.verified')] },
      grid: { left: 64, right: 24, bottom: 32, top: 48 },
      xAxis: { type: 'time' },
      yAxis: {
        type: 'value',
        name: t('dashboard.bnRub'),
        nameLocation: 'middle',
        nameGap: 44,
      },
      series: [
        { name: t('dashboard.promised'), type: 'line', step: 'end', data: series(promised) },
        {
          name: t('dashboard.verified'),
          type: 'line',
          step: 'end',
          data: series(verified),
          lineStyle: { width: 3 },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [promised, verified, t, i18n.language]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={t('dashboard.chartLabel')}
      data-testid="investment-chart"
      style={{ width: '100%', height: 320 }}
    />
  );
}
