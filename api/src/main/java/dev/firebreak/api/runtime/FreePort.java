package dev.firebreak.api.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A free loopback port, for servers started in-process. */
public final class FreePort {
  private FreePort() {}

  public static int find() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
