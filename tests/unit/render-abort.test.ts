import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseAbortReasonFrames } from '@/lib/render-abort';

// Issue 23: an Error keeps its stack's frames, receivers included, until its stack is read (lib/render-abort.ts).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A receiver of the frame that makes the abort reason, as Node's Immediate is for React's flush. */
class Flush {
  readonly written = new Array(10_000).fill('rij');
  complete() {
    return new Error('This render completed successfully.');
  }
}

/** Aborts a signal with a reason made in a method of a Flush that nothing else keeps; a weak reference to the Flush. */
function abortFromFlush(release: boolean) {
  const controller = new AbortController();
  if (release) releaseAbortReasonFrames(controller.signal);
  const flush = new Flush();
  controller.abort(flush.complete());
  return { controller, flush: new WeakRef(flush) };
}

async function collected(ref: WeakRef<object>) {
  await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef keeps its target until the job ends
  gc();
  return ref.deref() === undefined;
}

describe('releaseAbortReasonFrames', () => {
  it('without it, the abort reason keeps the receiver of the frame it was made in', async () => {
    const { controller, flush } = abortFromFlush(false);
    expect(await collected(flush)).toBe(false);
    expect(controller.signal.reason).toBeInstanceOf(Error);
  });

  it('with it, the receiver is let go once the signal aborts, and the stack stays readable', async () => {
    const { controller, flush } = abortFromFlush(true);
    expect(await collected(flush)).toBe(true);
    expect((controller.signal.reason as Error).stack).toMatch(/This render completed successfully\.\n\s+at Flush\.complete/);
  });

  it('does nothing without a signal or with one that already aborted', () => {
    expect(() => releaseAbortReasonFrames(null)).not.toThrow();
    const controller = new AbortController();
    controller.abort('klaar');
    releaseAbortReasonFrames(controller.signal);
    expect(controller.signal.reason).toBe('klaar');
  });
});
