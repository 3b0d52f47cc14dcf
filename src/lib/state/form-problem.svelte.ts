/**
 * The one message about a form submission that got no usable answer (src/lib/client/enhance.ts);
 * the layout shows it. Only the browser writes it, so the server's copy stays empty.
 */
class FormProblem {
	message = $state<string | null>(null);
	show(message: string) {
		this.message = message;
	}
	clear() {
		this.message = null;
	}
}

export const formProblem = new FormProblem();
