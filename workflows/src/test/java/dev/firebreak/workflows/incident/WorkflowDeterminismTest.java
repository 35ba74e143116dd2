package dev.firebreak.workflows.incident;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Workflow code takes time, ids and randomness only from Temporal, and does no I/O. */
class WorkflowDeterminismTest {
  private static final JavaClasses WORKFLOW_CODE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.firebreak.workflows", "dev.firebreak.analysis");

  @Test
  void noWallClockRandomnessOrThreads() {
    ArchRule rule = noClasses()
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(UUID.class, "randomUUID")
        .orShould().callMethod(Thread.class, "sleep", long.class)
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock");
    rule.check(WORKFLOW_CODE);
  }

  @Test
  void noInputOutput() {
    ArchRule rule = noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "java.nio.file..",
            "org.springframework..", "jakarta.persistence..", "com.slack..", "org.opensearch..");
    rule.check(WORKFLOW_CODE);
  }
}
