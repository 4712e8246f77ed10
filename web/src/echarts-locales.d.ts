/** ECharts' locale objects ship as UMD files without types: the shape registerLocale takes. */
declare module 'echarts/i18n/langRU-obj.js' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
