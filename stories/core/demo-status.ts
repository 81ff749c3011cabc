// A tiny element for the core stories: shows what the configuration gives a cc-* element.
import { html } from 'lit';
import { CcElement, define } from '@conseils-citoyens/core';

export class CcDemoStatus extends CcElement {
  override render() {
    const problem = this.configProblem;
    if (problem) return this.renderConfigProblem(problem);
    const fr = this.locale === 'fr';
    return html`<p>${fr ? 'Configuré : API disponible, langue' : 'Configured: API available, language'} « ${this.locale} ».</p>`;
  }
}
define('cc-demo-status', CcDemoStatus);
