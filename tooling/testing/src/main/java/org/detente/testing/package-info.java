/**
 * What the modules' tests share: the repository's files ({@link org.detente.testing.Repository}) and
 * the reference data ({@link org.detente.testing.TestData}), a CSV line reader, agent jars built for
 * tests, a conflict too wide for a test's heap ({@link org.detente.testing.WideConflict}), the python3
 * check of the Python agent's tests ({@link org.detente.testing.Python}), the package-cycle check
 * every module runs ({@link org.detente.testing.PackageCycles}) and the check that the modules export
 * no more than other modules use ({@link org.detente.testing.ModuleSurface}, run by the command
 * line's tests). A test-scope dependency only.
 */
package org.detente.testing;
