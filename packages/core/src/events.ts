/** Every domain event: bubbling and composed, so a host page hears it through shadow roots. */
export class CcEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}
