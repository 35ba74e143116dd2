package dev.firebreak.api.runtime;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Work that can wait (the incident worker, the intake's hand-over to Temporal) runs at the lowest
 * thread priority, so that in an alert storm a core goes first to the webhook threads that take
 * alerts in: an accepted alert is durable, its processing catches up a moment later. A Java
 * thread inherits its creator's priority, so starting Temporal's worker from a low-priority
 * thread lowers every poller, executor and workflow thread it creates.
 *
 * <p>The JVM maps priorities to the OS only with {@code -XX:ThreadPriorityPolicy=1} (Linux: a
 * nice value; lowering needs no privilege); the launcher passes it, elsewhere it is a no-op.
 */
public final class BackgroundPriority {

  private BackgroundPriority() {
  }

  /** Runs {@code action} on a new low-priority thread and waits for it; its failures are rethrown. */
  public static void run(String name, Runnable action) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        action.run();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, name);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting " + name, e);
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
  }

  /** Marks a thread the caller creates as background work. */
  public static Thread lowered(Thread t) {
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  }
}
