package dev.firebreak.api.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Prometheus that accepts queries and never answers them: the evidence source every incident
 * waits on. It tells the test when the first query arrived, i.e. when triage is under way.
 */
final class HangingPrometheus implements AutoCloseable {
  private final HttpServer server;
  private final CountDownLatch firstQuery = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger queries = new AtomicInteger();

  HangingPrometheus() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      queries.incrementAndGet();
      firstQuery.countDown();
      try {
        release.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  boolean awaitFirstQuery(long seconds) throws InterruptedException {
    return firstQuery.await(seconds, TimeUnit.SECONDS);
  }

  int queries() {
    return queries.get();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
