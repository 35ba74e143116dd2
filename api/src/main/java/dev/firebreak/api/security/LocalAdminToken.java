package dev.firebreak.api.security;

import dev.firebreak.api.config.FirebreakProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The admin token of an install where nobody configured authentication: generated once into a file
 * only its owner can read, and reused on restart. So a fresh install is usable in one command yet
 * never open — the token is only in that file, never in the logs.
 */
@Component
public class LocalAdminToken {
  public static final String NAME = "local-admin";
  private static final Logger log = LoggerFactory.getLogger(LocalAdminToken.class);

  private final String token;
  private final Path file;

  LocalAdminToken(SecurityProperties security, FirebreakProperties firebreak) {
    boolean configured = security.jwt().enabled() || !security.tokens().isEmpty();
    if (configured || !security.localToken()) {
      if (!configured) {
        log.warn("No authentication is configured and firebreak.security.local-token is off: "
            + "every REST call will be refused");
      }
      this.token = null;
      this.file = null;
      return;
    }
    this.file = security.localTokenFile().isBlank()
        ? Path.of(firebreak.dataDir(), "admin-token") : Path.of(security.localTokenFile());
    this.token = readOrCreate(file);
    log.warn("No authentication is configured: the local admin token is in {} "
        + "(send it as 'Authorization: Bearer <token>', or paste it at /login)", file.toAbsolutePath());
  }

  /** The token, for the in-process demo and benchmarks that drive this instance's API. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  Optional<String> sha256() {
    return token().map(ApiTokens::sha256);
  }

  private static String readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (existing.startsWith(ApiTokens.PREFIX)) {
          return existing;
        }
        throw new IllegalStateException(file + " does not hold a Firebreak token; delete it to generate one");
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      String fresh = ApiTokens.generate();
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".admin-token", ".tmp");
      ownerOnly(tmp);
      Files.writeString(tmp, fresh + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the local admin token in " + file, e);
    }
  }

  private static void ownerOnly(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data directory's ACL applies
    }
  }
}
