package dev.firebreak.api.runtime;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
    FutureTask<Void> task = new FutureTask<>(action, null);
    lowered(new Thread(task, name)).start();
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting " + name, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Marks a thread the caller creates as background work. */
  public static Thread lowered(Thread t) {
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  }
}
