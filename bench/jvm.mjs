/*
 * The app's JVM as the benchmarks measure it: heap used after full GCs, through the JDK's jcmd.
 */
import { execFileSync } from 'node:child_process';

/** Heap used after a full GC, in bytes, and optionally the live StateNode count; null without --app-pid. */
export function serverHeap(options, { histogram = false } = {}) {
  if (!options.appPid) {
    return null;
  }
  const jcmd = (...args) => execFileSync(options.jcmd, [String(options.appPid), ...args], { encoding: 'utf8', timeout: 120000 });
  const t0 = Date.now();
  jcmd('GC.run');
  jcmd('GC.run');
  const info = jcmd('GC.heap_info');
  // G1: " garbage-first heap   total reserved 397312K, committed 262144K, used 123456K [0x..."
  const used = /heap\s+total[^\n]*?used (\d+)K/.exec(info);
  const committed = /committed (\d+)K/.exec(info) || /heap\s+total (\d+)K/.exec(info);
  const result = { usedBytes: used ? Number(used[1]) * 1024 : null, committedBytes: committed ? Number(committed[1]) * 1024 : null,
    gcMs: Date.now() - t0 };
  if (!used) {
    result.raw = info.split('\n').slice(0, 4).join(' | ');
  }
  if (histogram) {
    // GC.class_histogram makes a full GC itself and counts live objects per class
    const lines = jcmd('GC.class_histogram').split('\n');
    const count = (cls) => {
      const line = lines.find((l) => l.trim().endsWith(` ${cls}`) || l.includes(` ${cls} (`));
      return line ? Number(line.trim().split(/\s+/)[1]) : 0;
    };
    result.stateNodes = count('com.vaadin.flow.internal.StateNode');
    result.uis = count('com.vaadin.flow.component.UI');
    result.sessions = count('com.vaadin.flow.server.VaadinSession');
  }
  return result;
}
