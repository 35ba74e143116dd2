package dev.firebreak.analysis.rules;

import java.util.List;

/** A correlation rule: reads the incident's evidence and returns findings that cite it. */
public interface Rule {

  /** Stable name, shown on findings and used in configuration. */
  String name();

  List<Finding> evaluate(RuleContext context);
}
