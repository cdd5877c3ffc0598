// <sportello-echart>: one Apache ECharts chart in the light DOM of a Vaadin page. The server sets the
// whole chart as an ECharts option object (JSON text in the "option" property); the chart follows the
// element's size. Rendering is SVG so that charts stay sharp in screenshots and printouts.
import * as echarts from 'echarts';

class SportelloEchart extends HTMLElement {

  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
      this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resize.observe(this);
    }
    this._apply();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(json) {
    this._option = json;
    this._apply();
  }

  get option() {
    return this._option;
  }

  _apply() {
    if (!this._chart || !this._option) {
      return;
    }
    try {
      this._chart.setOption(JSON.parse(this._option), true);
      this.setAttribute('data-rendered', 'true');
    } catch (e) {
      this.setAttribute('data-error', String(e));
    }
  }
}

if (!customElements.get('sportello-echart')) {
  customElements.define('sportello-echart', SportelloEchart);
}
