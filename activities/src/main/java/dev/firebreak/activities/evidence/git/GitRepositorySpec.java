package dev.firebreak.activities.evidence.git;

import java.net.URISyntaxException;
import org.eclipse.jgit.transport.URIish;

/**
 * One service's repository.
 *
 * @param uri a local path (read in place, never fetched) or a remote URL ({@code https://},
 *     {@code ssh://}, {@code git@host:path}, {@code file://}), cloned into the cache and fetched on
 *     each incident
 * @param branch the branch whose history counts as deploys; null or blank: the repository's HEAD
 * @param username for https remotes with a token (GitHub accepts {@code x-access-token})
 * @param token for https remotes, sent as the password of HTTP basic auth; never logged
 */
public record GitRepositorySpec(String service, String uri, String branch, String username,
    String token) {

  public GitRepositorySpec {
    if (uri == null || uri.isBlank()) {
      throw new IllegalArgumentException("repository of " + service + ": uri is required");
    }
    branch = branch == null || branch.isBlank() ? null : branch.trim();
    token = token == null || token.isBlank() ? null : token;
    username = username == null || username.isBlank() ? "x-access-token" : username;
  }

  /** A URL with a scheme or an scp-like {@code host:path} is fetched; anything else is a path. */
  public boolean isRemote() {
    try {
      URIish u = new URIish(uri);
      return u.getScheme() != null || u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A password written into the URI itself ({@code https://user:pass@host/...}), if any. */
  String password() {
    try {
      return new URIish(uri).getPass();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The URI without any user or password in it, for messages and evidence. */
  public String displayUri() {
    try {
      URIish u = new URIish(uri);
      if (u.getPass() != null || (u.getUser() != null && u.getScheme() != null
          && u.getScheme().startsWith("http"))) {
        return u.setPass(null).setUser(null).toString();
      }
      return u.setPass(null).toString();
    } catch (URISyntaxException e) {
      return uri;
    }
  }

  @Override
  public String toString() {
    return "GitRepositorySpec[service=" + service + ", uri=" + displayUri() + ", branch=" + branch
        + ", token=" + (token == null ? "" : "***") + "]";
  }
}
