/**
 * What the modules' tests share: the reference data ({@link org.detente.testing.TestData}), a CSV
 * line reader, agent jars built for tests, a conflict too wide for a test's heap
 * ({@link org.detente.testing.WideConflict}), the python3 check of the Python agent's tests
 * ({@link org.detente.testing.Python}), and the package-cycle check every module runs
 * ({@link org.detente.testing.PackageCycles}). A test-scope dependency only.
 */
package org.detente.testing;
