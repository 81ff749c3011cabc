// A row of radios (an item's four statuses, a side's six levels), built by hand once and then only kept checked: a
// bilan draws hundreds of them, and as templates each radio was an instance of its own with four parts to fill (the
// first render of 300 items ran at twice plain DOM). Lit keeps the row's place; this directive keeps its insides.
import { Directive, directive } from 'lit/directive.js';

class LadderDirective extends Directive {
  private box?: HTMLDivElement;
  private inputs: HTMLInputElement[] = [];
  private texts: Text[] = [];
  /** What the radios last showed, so that like a `.checked` binding a render changes them only when it changes. */
  private last?: { name: string; chosen: string | undefined };

  render(
    name: string,
    values: readonly string[],
    chosen: string | undefined,
    labels: readonly string[],
  ) {
    if (!this.box) {
      this.box = document.createElement('div');
      this.box.className = 'ladder';
      for (const value of values) {
        const label = document.createElement('label');
        label.className = 'rung';
        const input = Object.assign(document.createElement('input'), { type: 'radio', value });
        const text = document.createTextNode('');
        label.append(input, text);
        this.box.append(label);
        this.inputs.push(input);
        this.texts.push(text);
      }
    }
    if (this.last?.name !== name || this.last.chosen !== chosen) {
      this.inputs.forEach((input, i) => {
        input.name = name;
        input.checked = values[i] === chosen;
      });
      this.last = { name, chosen };
    }
    this.texts.forEach((text, i) => {
      if (text.data !== labels[i]) text.data = labels[i] ?? '';
    });
    return this.box;
  }
}

/** `ladder(name, values, chosen, labels)`: the radios of one group, in a `<div class="ladder">`. */
export const ladder = directive(LadderDirective);
