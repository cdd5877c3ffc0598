// <sportello-bpmn>: bpmn-js in the light DOM of a Vaadin page. The server sets the model with
// showXml(xml, mode, highlights) and reads the edited model back with saveXml(). Modes: "viewer"
// (navigable, with the path a ticket took marked) and "modeler" (with the Camunda 7 properties panel).
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';

const STYLE = `
sportello-bpmn { display: flex; min-height: 420px; border: 1px solid var(--lumo-contrast-20pct);
  border-radius: var(--lumo-border-radius-m); background: white; position: relative; }
sportello-bpmn .sp-canvas { flex: 1 1 auto; position: relative; min-width: 0; }
sportello-bpmn .sp-panel { flex: 0 0 340px; border-left: 1px solid var(--lumo-contrast-20pct); overflow: auto; }
sportello-bpmn .sp-panel:empty { display: none; }
sportello-bpmn .sp-error { position: absolute; inset: 1em; color: var(--lumo-error-text-color); }
sportello-bpmn .sp-done:not(.djs-connection) .djs-visual > :nth-child(1) { fill: #e3f4e8 !important; stroke: #2e7d32 !important; }
sportello-bpmn .sp-done.djs-connection .djs-visual path { stroke: #2e7d32 !important; stroke-width: 2.5px !important; }
sportello-bpmn .sp-current:not(.djs-connection) .djs-visual > :nth-child(1) { fill: #fff3cd !important; stroke: #e65100 !important; stroke-width: 4px !important; }
`;

class SportelloBpmn extends HTMLElement {

  connectedCallback() {
    if (this._canvas) {
      return;
    }
    if (!document.getElementById('sportello-bpmn-style')) {
      const style = document.createElement('style');
      style.id = 'sportello-bpmn-style';
      style.textContent = STYLE;
      document.head.appendChild(style);
    }
    this._canvas = document.createElement('div');
    this._canvas.className = 'sp-canvas';
    this._panel = document.createElement('div');
    this._panel.className = 'sp-panel';
    this.append(this._canvas, this._panel);
    if (this._pending) {
      const [xml, mode, highlights] = this._pending;
      this._pending = null;
      this.showXml(xml, mode, highlights);
    }
  }

  async showXml(xml, mode, highlights) {
    if (!this._canvas) {
      this._pending = [xml, mode, highlights];
      return;
    }
    if (!this._viewer || this._mode !== mode) {
      if (this._viewer) {
        this._viewer.destroy();
      }
      this._panel.innerHTML = '';
      this._mode = mode;
      this._viewer = mode === 'modeler'
        ? new Modeler({
            container: this._canvas,
            propertiesPanel: { parent: this._panel },
            additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
              CamundaPlatformPropertiesProviderModule, CamundaBehaviorsModule],
            moddleExtensions: { camunda: camundaModdle }
          })
        : new NavigatedViewer({ container: this._canvas, moddleExtensions: { camunda: camundaModdle } });
      this._viewer.on('commandStack.changed', () => this.dispatchEvent(new CustomEvent('model-changed')));
    }
    this.querySelectorAll('.sp-error').forEach(e => e.remove());
    try {
      await this._viewer.importXML(xml);
      this._viewer.get('canvas').zoom('fit-viewport', 'auto');
      this._mark(highlights || {});
      this.setAttribute('data-loaded', 'true');
      this.dispatchEvent(new CustomEvent('model-loaded'));
    } catch (err) {
      const box = document.createElement('div');
      box.className = 'sp-error';
      box.textContent = err.message;
      this.append(box);
      this.setAttribute('data-loaded', 'error');
    }
  }

  _mark(highlights) {
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    for (const id of highlights.done || []) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'sp-done');
      }
    }
    for (const id of highlights.current || []) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'sp-current');
      }
    }
  }

  async saveXml() {
    const { xml } = await this._viewer.saveXML({ format: true });
    return xml;
  }

  async saveSvg() {
    const { svg } = await this._viewer.saveSVG();
    return svg;
  }
}

customElements.define('sportello-bpmn', SportelloBpmn);
