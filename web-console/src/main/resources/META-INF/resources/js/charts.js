// Charts drawn by Apache ECharts (served from its webjar), resized with the window.
const charts = new Set();
window.addEventListener('resize', () => charts.forEach(chart => chart.resize()));

/** A chart in a new box; option is an ECharts option. */
export function chart(option, attributes = {}) {
  const box = document.createElement('div');
  box.className = 'chart';
  for (const [name, value] of Object.entries(attributes)) box.setAttribute(name, value);
  requestAnimationFrame(() => {
    if (!box.isConnected) return;
    const instance = window.echarts.init(box, null, { renderer: 'canvas' });
    instance.setOption({ animation: false, grid: { containLabel: true, left: 8, right: 16, top: 36, bottom: 8 }, ...option });
    charts.add(instance);
  });
  return box;
}

/** Bars by category: series [{name, values}]; name marks the box (data-chart) for its readers and tests. */
export function bars(categories, series, { horizontal = false, percentLabels = null, name = null } = {}) {
  const category = { type: 'category', data: categories, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } };
  const value = { type: 'value' };
  return chart({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: series.map((one, index) => ({
      name: one.name, type: 'bar', data: one.values,
      label: {
        show: true, position: horizontal ? 'right' : 'top',
        formatter: percentLabels && index === 0 ? p => p.value + ' (' + (percentLabels[p.dataIndex] ?? '—') + '%)' : '{c}',
      },
    })),
  }, { style: 'height:' + Math.max(260, horizontal ? categories.length * 34 + 60 : 300) + 'px', ...(name ? { 'data-chart': name } : {}) });
}
