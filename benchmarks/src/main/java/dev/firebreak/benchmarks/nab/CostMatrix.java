package dev.firebreak.benchmarks.nab;

/** NAB application profile weights (tnWeight is unused by NAB's scoring). */
record CostMatrix(double tpWeight, double fpWeight, double fnWeight) {
}
