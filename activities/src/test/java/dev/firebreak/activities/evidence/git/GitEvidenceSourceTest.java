package dev.firebreak.activities.evidence.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against real repositories made here: a bare "origin", a working clone that pushes to it with
 * commits at controlled times, and the source cloning origin over a file:// URL.
 */
class GitEvidenceSourceTest {
  static final Instant ALERT = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path tmp;
  Path origin;
  Git work;

  @BeforeEach
  void repositories() throws Exception {
    origin = tmp.resolve("origin.git");
    Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
    work = Git.cloneRepository().setURI(origin.toUri().toString())
        .setDirectory(tmp.resolve("work").toFile()).call();
    work.checkout().setOrphan(true).setName("main").call();
  }

  RevCommit commit(String author, String message, Instant at, Map<String, String> files)
      throws Exception {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = work.getRepository().getWorkTree().toPath().resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
      work.add().addFilepattern(f.getKey()).call();
    }
    PersonIdent who = new PersonIdent(author, author.toLowerCase() + "@example.com", at, ZoneOffset.UTC);
    return work.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }

  void push() throws Exception {
    work.push().setRemote("origin").setPushAll().setPushTags().call();
  }

  GitEvidenceSource source(String uri, String branch) {
    return new GitEvidenceSource(new GitSettings(
        List.of(new GitRepositorySpec("checkout", uri, branch, null, null)),
        tmp.resolve("cache"), Duration.ofSeconds(10), Duration.ofHours(2), 50));
  }

  static EvidenceQuery query(String service) {
    return new EvidenceQuery("inc-1", service, ALERT, ALERT.minus(Duration.ofMinutes(60)),
        ALERT.plus(Duration.ofMinutes(15)), Map.of("service", service));
  }

  @Test
  void commitsAndMergesInTheLookBackBecomeDeploysWithFilesDiffstatAndTag() throws Exception {
    commit("Old", "initial import", ALERT.minus(Duration.ofDays(3)),
        Map.of("src/Main.java", "class Main {}\n", "README.md", "hello\n"));
    commit("Bob", "config: raise pool size", ALERT.minus(Duration.ofMinutes(90)),
        Map.of("config/app.yaml", "pool: 20\n"));
    work.branchCreate().setName("feature").call();
    work.checkout().setName("feature").call();
    commit("Carol", "Cache checkout totals", ALERT.minus(Duration.ofMinutes(50)),
        Map.of("src/Totals.java", "class Totals {\n  int a;\n  int b;\n}\n"));
    work.checkout().setName("main").call();
    RevCommit hotfix = commit("Dave", "Fix typo in README", ALERT.minus(Duration.ofMinutes(40)),
        Map.of("README.md", "hello world\n"));
    PersonIdent merger = new PersonIdent("Alice", "alice@example.com",
        ALERT.minus(Duration.ofMinutes(7)), ZoneOffset.UTC);
    work.merge().include(work.getRepository().resolve("feature"))
        .setFastForward(MergeCommand.FastForwardMode.NO_FF).setCommit(false).call();
    RevCommit merge = work.commit().setMessage("Merge pull request #42 from shop/feature")
        .setAuthor(merger).setCommitter(merger).call();
    work.tag().setName("v1.4.2").setObjectId(merge).setAnnotated(true).setMessage("release")
        .setTagger(merger).call();
    commit("Erin", "after the alert window", ALERT.plus(Duration.ofMinutes(30)),
        Map.of("src/Late.java", "class Late {}\n"));
    push();

    List<Evidence> items = source(origin.toUri().toString(), null).collect(query("checkout"));

    assertThat(items).extracting(Evidence::kind).containsOnly(EvidenceKind.DEPLOY);
    assertThat(items).extracting(e -> e.deploy().message())
        .containsExactly("Merge pull request #42 from shop/feature", "Fix typo in README",
            "config: raise pool size");
    Evidence m = items.get(0);
    Deploy d = m.deploy();
    assertThat(d.commit()).isEqualTo(merge.abbreviate(7).name()).hasSize(7);
    assertThat(d.service()).isEqualTo("checkout");
    assertThat(d.author()).isEqualTo("Alice");
    assertThat(d.ts()).isEqualTo(ALERT.minus(Duration.ofMinutes(7)));
    assertThat(d.files()).containsExactly("src/Totals.java");
    assertThat(m.summary()).isEqualTo("deploy " + d.commit() + " to checkout by Alice: "
        + "Merge pull request #42 from shop/feature [merge; tag v1.4.2; 1 file changed, +4 -0]");
    assertThat(m.source()).isEqualTo("git");
    assertThat(m.query()).startsWith("git log --first-parent HEAD --since=2026-03-01T08:00:00Z");

    Deploy fix = items.get(1).deploy();
    assertThat(fix.commit()).isEqualTo(hotfix.abbreviate(7).name());
    assertThat(items.get(1).summary()).endsWith("[1 file changed, +1 -1]");
    assertThat(items.get(2).deploy().isConfigOnly()).isTrue();
  }

  @Test
  void eachIncidentFetchesWhatWasPushedSinceTheClone() throws Exception {
    commit("Bob", "first", ALERT.minus(Duration.ofMinutes(30)), Map.of("a.txt", "1\n"));
    push();
    GitEvidenceSource source = source(origin.toUri().toString(), "main");
    assertThat(source.collect(query("checkout"))).hasSize(1);
    assertThat(source.cacheDir(new GitRepositorySpec("checkout", origin.toUri().toString(), "main",
        null, null)).resolve("HEAD")).isRegularFile();

    RevCommit second = commit("Bob", "second", ALERT.minus(Duration.ofMinutes(5)),
        Map.of("a.txt", "2\n"));
    work.tag().setName("v2").setObjectId(second).setAnnotated(false).call();
    push();

    List<Evidence> items = source.collect(query("checkout"));
    assertThat(items).extracting(e -> e.deploy().message()).containsExactly("second", "first");
    assertThat(items.get(0).summary()).contains("tag v2");
  }

  @Test
  void aLocalPathIsReadInPlace() throws Exception {
    commit("Bob", "local change", ALERT.minus(Duration.ofMinutes(10)), Map.of("a.txt", "1\n"));
    List<Evidence> items = source(work.getRepository().getWorkTree().toString(), "main")
        .collect(query("checkout"));
    assertThat(items).extracting(e -> e.deploy().message()).containsExactly("local change");
    assertThat(tmp.resolve("cache")).doesNotExist();
  }

  @Test
  void otherServicesRepositoriesCountToo() throws Exception {
    commit("Bob", "payments change", ALERT.minus(Duration.ofMinutes(10)), Map.of("a.txt", "1\n"));
    push();
    List<Evidence> items = source(origin.toUri().toString(), null).collect(query("frontend"));
    assertThat(items).extracting(Evidence::service).containsExactly("checkout");
  }

  @Test
  void anUnreachableRepositoryIsUnavailableWithoutItsToken() {
    GitEvidenceSource source = new GitEvidenceSource(new GitSettings(
        List.of(new GitRepositorySpec("checkout", tmp.resolve("nothing.git").toUri().toString(),
            null, null, "s3cr3t-token")),
        tmp.resolve("cache"), Duration.ofSeconds(5), Duration.ofHours(2), 50));
    assertThatThrownBy(() -> source.collect(query("checkout")))
        .isInstanceOf(GitEvidenceSource.GitUnavailable.class)
        .hasMessageContaining("repository of checkout at file:")
        .hasMessageNotContaining("s3cr3t-token");
    assertThat(tmp.resolve("cache")).isEmptyDirectory();
  }

  @Test
  void anUnknownBranchIsUnavailable() throws Exception {
    commit("Bob", "x", ALERT.minus(Duration.ofMinutes(10)), Map.of("a.txt", "1\n"));
    push();
    assertThatThrownBy(() -> source(origin.toUri().toString(), "release").collect(query("checkout")))
        .hasMessageContaining("has no branch release");
  }

  @Test
  void anUnreachableHttpsRemoteDoesNotShowThePasswordInItsUrl() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    GitEvidenceSource source = new GitEvidenceSource(new GitSettings(
        List.of(new GitRepositorySpec("checkout", "http://bot:pa55word@127.0.0.1:" + closed
            + "/shop/checkout.git", null, null, null)),
        tmp.resolve("cache"), Duration.ofSeconds(5), Duration.ofHours(2), 50));
    assertThatThrownBy(() -> source.collect(query("checkout")))
        .isInstanceOf(GitEvidenceSource.GitUnavailable.class)
        .hasMessageContaining("repository of checkout at http://127.0.0.1:" + closed)
        .hasMessageNotContaining("pa55word");
  }

  @Test
  void credentialsInAUrlAreNotShown() {
    GitRepositorySpec spec = new GitRepositorySpec("checkout",
        "https://user:ghp_secret@github.com/shop/checkout.git", null, null, "tok");
    assertThat(spec.displayUri()).isEqualTo("https://github.com/shop/checkout.git");
    assertThat(spec.toString()).doesNotContain("ghp_secret").doesNotContain("tok]");
    assertThat(spec.isRemote()).isTrue();
    assertThat(new GitRepositorySpec("c", "/srv/git/checkout", null, null, null).isRemote()).isFalse();
  }
}
