/**
 * A run's documents as code for teams that apply through their pipeline: Terraform (one module per
 * account) and CloudFormation (one template per account). The generator ({@link CodeExports}) is pure
 * Java over the stored documents, like {@code wiring}; {@link RunCodeExports} finds the run and puts the
 * export on the record first (its implementation in {@code internal}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"wiring", "runs", "audit"})
package io.rolewire.export;
