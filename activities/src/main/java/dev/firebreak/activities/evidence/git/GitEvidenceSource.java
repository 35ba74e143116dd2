package dev.firebreak.activities.evidence.git;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.activities.evidence.EvidenceSource;
import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys from Git history: every commit that landed on a service's branch (first-parent history,
 * so a merge counts once, with the changes it brought) from the deploy look-back before the alert
 * to the end of the window. Each becomes a DEPLOY item whose {@code commit} is the 7-character
 * short sha, with author, subject, changed files, a diffstat and the tags pointing at it.
 *
 * <p>Remote repositories are cloned bare into the cache directory once and fetched on every
 * incident; a local path is read as it is. A repository that cannot be read makes the source
 * unavailable when it is the alerting service's own (or when none could be read); another
 * service's is logged and left out.
 */
public class GitEvidenceSource implements EvidenceSource {
  private static final Logger log = LoggerFactory.getLogger(GitEvidenceSource.class);
  static final int SHORT_SHA = 7;
  private static final int MAX_FILES = 100;

  private final GitSettings settings;
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  public GitEvidenceSource(GitSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "git";
  }

  /** A repository that could not be cloned, fetched or read. */
  public static class GitUnavailable extends IOException {
    public GitUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public List<Evidence> collect(EvidenceQuery q) throws GitUnavailable {
    Instant from = q.alertTime().minus(settings.lookback());
    Instant to = q.to().isBefore(q.alertTime()) ? q.alertTime() : q.to();
    List<GitRepositorySpec> specs = new ArrayList<>(settings.repositories());
    specs.sort(Comparator.comparing(s -> !s.service().equals(q.service())));
    List<Evidence> out = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    GitUnavailable own = null;
    for (GitRepositorySpec spec : specs) {
      try {
        out.addAll(deploys(spec, from, to));
      } catch (GitUnavailable e) {
        log.warn("git: {}", e.getMessage());
        failures.add(e.getMessage());
        if (spec.service().equals(q.service())) {
          own = e;
        }
      }
    }
    if (own != null) {
      throw own;
    }
    if (!specs.isEmpty() && failures.size() == specs.size()) {
      throw new GitUnavailable(String.join("; ", failures), null);
    }
    return out;
  }

  /** The deploys of one repository between {@code from} and {@code to}, newest first. */
  public List<Evidence> deploys(GitRepositorySpec spec, Instant from, Instant to)
      throws GitUnavailable {
    try (Repository repo = open(spec)) {
      return read(repo, spec, from, to);
    } catch (IOException | GitAPIException | RuntimeException e) {
      if (e instanceof GitUnavailable g) {
        throw g;
      }
      throw new GitUnavailable("repository of " + spec.service() + " at " + spec.displayUri()
          + ": " + e.getClass().getSimpleName() + ": " + redact(e.getMessage(), spec), e);
    }
  }

  private List<Evidence> read(Repository repo, GitRepositorySpec spec, Instant from, Instant to)
      throws IOException {
    String branch = spec.branch() == null ? "HEAD" : spec.branch();
    ObjectId tip = tip(repo, spec);
    if (tip == null) {
      return List.of();
    }
    Map<ObjectId, List<String>> tags = tags(repo);
    String query = "git log --first-parent " + branch + " --since=" + from + " --until=" + to
        + " in " + spec.displayUri();
    List<Evidence> out = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo);
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repo);
      diff.setDiffComparator(RawTextComparator.DEFAULT);
      diff.setDetectRenames(true);
      walk.setFirstParent(true);
      walk.markStart(walk.parseCommit(tip));
      for (RevCommit c : walk) {
        Instant ts = Instant.ofEpochSecond(c.getCommitTime());
        if (ts.isBefore(from)) {
          break;
        }
        if (ts.isAfter(to)) {
          continue;
        }
        if (out.size() == settings.maxCommits()) {
          log.info("git: more than {} commits of {} in the window; older ones are left out",
              settings.maxCommits(), spec.service());
          break;
        }
        out.add(evidence(spec, c, ts, diffStat(walk, diff, c), tags.getOrDefault(c, List.of()),
            query));
      }
    }
    return out;
  }

  private record DiffStat(List<String> files, int added, int deleted) {}

  private static DiffStat diffStat(RevWalk walk, DiffFormatter diff, RevCommit c)
      throws IOException {
    ObjectId parentTree = null;
    if (c.getParentCount() > 0) {
      parentTree = walk.parseCommit(c.getParent(0)).getTree();
    }
    List<String> files = new ArrayList<>();
    int added = 0;
    int deleted = 0;
    for (DiffEntry entry : diff.scan(parentTree, c.getTree())) {
      files.add(entry.getChangeType() == DiffEntry.ChangeType.DELETE
          ? entry.getOldPath() : entry.getNewPath());
      for (Edit edit : diff.toFileHeader(entry).toEditList()) {
        added += edit.getLengthB();
        deleted += edit.getLengthA();
      }
    }
    return new DiffStat(files, added, deleted);
  }

  private Evidence evidence(GitRepositorySpec spec, RevCommit c, Instant ts, DiffStat stat,
      List<String> tags, String query) {
    String sha = c.abbreviate(SHORT_SHA).name();
    List<String> files = stat.files().size() > MAX_FILES
        ? stat.files().subList(0, MAX_FILES) : stat.files();
    Deploy deploy = new Deploy(ts, spec.service(), sha, c.getAuthorIdent().getName(),
        c.getShortMessage(), files);
    List<String> notes = new ArrayList<>();
    if (c.getParentCount() > 1) {
      notes.add("merge");
    }
    if (!tags.isEmpty()) {
      notes.add("tag " + String.join(", ", tags));
    }
    notes.add(stat.files().size() + (stat.files().size() == 1 ? " file" : " files") + " changed, +"
        + stat.added() + " -" + stat.deleted());
    String summary = Evidence.deploy(null, name(), deploy, query).summary()
        + " [" + String.join("; ", notes) + "]";
    return new Evidence(null, EvidenceKind.DEPLOY, name(), spec.service(), summary, ts, ts, query,
        null, null, deploy);
  }

  private static ObjectId tip(Repository repo, GitRepositorySpec spec) throws IOException {
    if (spec.branch() == null) {
      return repo.resolve(Constants.HEAD);
    }
    for (String name : List.of(Constants.R_HEADS + spec.branch(),
        Constants.R_REMOTES + "origin/" + spec.branch())) {
      Ref ref = repo.exactRef(name);
      if (ref != null) {
        return ref.getObjectId();
      }
    }
    ObjectId id = repo.resolve(spec.branch());
    if (id == null) {
      throw new GitUnavailable("repository of " + spec.service() + " at " + spec.displayUri()
          + " has no branch " + spec.branch(), null);
    }
    return id;
  }

  /** Commit → the tags (lightweight or annotated, peeled) that point at it. */
  private static Map<ObjectId, List<String>> tags(Repository repo) throws IOException {
    Map<ObjectId, List<String>> out = new HashMap<>();
    for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
      Ref peeled = repo.getRefDatabase().peel(ref);
      ObjectId target = peeled.getPeeledObjectId() != null
          ? peeled.getPeeledObjectId() : peeled.getObjectId();
      if (target != null) {
        out.computeIfAbsent(target.copy(), k -> new ArrayList<>())
            .add(Repository.shortenRefName(ref.getName()));
      }
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  private Repository open(GitRepositorySpec spec) throws IOException, GitAPIException {
    if (!spec.isRemote()) {
      Path path = Path.of(spec.uri());
      if (!Files.isDirectory(path)) {
        throw new GitUnavailable("repository of " + spec.service() + ": no directory " + path, null);
      }
      return Git.open(path.toFile()).getRepository();
    }
    synchronized (locks.computeIfAbsent(spec.service(), k -> new Object())) {
      Path dir = cacheDir(spec);
      int timeout = (int) Math.max(1, settings.fetchTimeout().toSeconds());
      if (Files.isRegularFile(dir.resolve("HEAD")) && Files.isDirectory(dir.resolve("objects"))) {
        Git git = Git.open(dir.toFile());
        try {
          git.fetch()
              .setRemote("origin")
              .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"))
              .setTagOpt(TagOpt.FETCH_TAGS)
              .setRemoveDeletedRefs(true)
              .setTimeout(timeout)
              .setCredentialsProvider(credentials(spec))
              .call();
        } catch (GitAPIException | RuntimeException e) {
          git.close();
          throw e;
        }
        return git.getRepository();
      }
      deleteQuietly(dir); // what an interrupted clone left behind
      Files.createDirectories(dir.getParent());
      // cloned in place (JGit may start a background gc in the new repository, so it must not move)
      boolean cloned = false;
      try {
        Git.cloneRepository()
            .setURI(spec.uri())
            .setDirectory(dir.toFile())
            .setBare(true)
            .setCloneAllBranches(true)
            .setTimeout(timeout)
            .setCredentialsProvider(credentials(spec))
            .call()
            .close();
        cloned = true;
      } finally {
        if (!cloned) {
          deleteQuietly(dir);
        }
      }
      log.info("git: cloned the repository of {} from {} into {}", spec.service(),
          spec.displayUri(), dir);
      return Git.open(dir.toFile()).getRepository();
    }
  }

  /** One directory per service and URI, so a changed URI gets a fresh clone. */
  Path cacheDir(GitRepositorySpec spec) {
    String safe = spec.service().replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(spec.displayUri().getBytes(StandardCharsets.UTF_8));
      return settings.cacheDir().resolve(safe + "-" + HexFormat.of().formatHex(hash, 0, 6));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CredentialsProvider credentials(GitRepositorySpec spec) {
    return spec.token() == null ? null
        : new UsernamePasswordCredentialsProvider(spec.username(), spec.token());
  }

  private static String redact(String message, GitRepositorySpec spec) {
    if (message == null) {
      return "";
    }
    String out = message.replace(spec.uri(), spec.displayUri());
    for (String secret : new String[] {spec.token(), spec.password()}) {
      if (secret != null && !secret.isEmpty()) {
        out = out.replace(secret, "***");
      }
    }
    return out;
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("git: could not delete {}: {}", dir, e.toString());
    }
  }
}
